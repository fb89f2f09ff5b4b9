import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../../testing/render-with-providers';
import { INVITATION_PREVIEW_QUERY } from './graphql/invitation.operations';
import { InvitationPage } from './invitation-page';

const preview = {
  request: { query: INVITATION_PREVIEW_QUERY, variables: { token: 'tok' } },
  result: {
    data: {
      invitationPreview: {
        __typename: 'InvitationPreview',
        displayName: 'maya',
        email: 'maya@amel.org',
        expiresAt: '2030-01-01T00:00:00Z',
        organisationName: 'Amel Association',
      },
    },
  },
};

describe('InvitationPage', () => {
  it('shows the organisation and the e-mail, and asks for a 12-character password', async () => {
    renderWithProviders(<InvitationPage />, { route: '/invitation/tok', path: '/invitation/:token', mocks: [preview] });
    expect(await screen.findByText('Amel Association')).toBeTruthy();
    expect(screen.getByText('maya@amel.org')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join the hub' }));
    expect(await screen.findByText('The password needs at least 12 characters.')).toBeTruthy();
  });

  it('explains a link that does not work', async () => {
    renderWithProviders(<InvitationPage />, {
      route: '/invitation/bad',
      path: '/invitation/:token',
      mocks: [
        {
          request: { query: INVITATION_PREVIEW_QUERY, variables: { token: 'bad' } },
          result: { errors: [new GraphQLError('nope', { extensions: { code: 'NOT_FOUND' } })] },
        },
      ],
    });
    expect((await screen.findByRole('alert')).textContent).toContain('This invitation link is not valid');
  });
});
