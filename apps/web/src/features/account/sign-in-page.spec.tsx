import { GraphQLError } from 'graphql';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders, testViewer } from '../../testing/render-with-providers';
import { SIGN_IN_MUTATION } from './graphql/session.operations';
import { SignInPage } from './sign-in-page';

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

const input = { email: 'lead@example.org', password: 'correct horse battery' };

describe('SignInPage', () => {
  it('asks for the e-mail and the password next to their fields', async () => {
    renderWithProviders(<SignInPage />, { route: '/sign-in', path: '/sign-in' });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your e-mail address.')).toBeTruthy();
    expect(screen.getByText('Enter a password.')).toBeTruthy();
    expect(screen.getByLabelText('E-mail address').getAttribute('aria-invalid')).toBe('true');

    fill('E-mail address', 'not-an-address');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter an e-mail address like name@example.org.')).toBeTruthy();
  });

  it('says when the credentials are wrong', async () => {
    renderWithProviders(<SignInPage />, {
      route: '/sign-in',
      path: '/sign-in',
      mocks: [
        {
          request: { query: SIGN_IN_MUTATION, variables: { input } },
          result: { errors: [new GraphQLError('no', { extensions: { code: 'UNAUTHENTICATED' } })] },
        },
      ],
    });
    fill('E-mail address', input.email);
    fill('Password', input.password);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The e-mail address or the password is not right.');
  });

  it('says how long a locked account must wait, in Arabic too', async () => {
    renderWithProviders(<SignInPage />, {
      route: '/sign-in',
      path: '/sign-in',
      language: 'ar',
      mocks: [
        {
          request: { query: SIGN_IN_MUTATION, variables: { input } },
          result: { errors: [new GraphQLError('locked', { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 300 } })] },
        },
      ],
    });
    fill('البريد الإلكتروني', input.email);
    fill('كلمة المرور', input.password);
    fireEvent.click(screen.getByRole('button', { name: 'دخول' }));
    expect((await screen.findByRole('alert')).textContent).toContain('5');
  });

  it('keeps the session in memory and returns to the page asked for', async () => {
    const viewer = testViewer({ displayName: 'Rami' });
    const { session } = renderWithProviders(<SignInPage />, {
      route: '/sign-in?next=%2Fask',
      path: '/sign-in',
      mocks: [
        {
          request: { query: SIGN_IN_MUTATION, variables: { input } },
          result: {
            data: {
              signIn: {
                __typename: 'AuthSession',
                accessToken: 'token-1',
                expiresAt: '2030-01-01T00:00:00Z',
                viewer: { __typename: 'Viewer', ...viewer },
              },
            },
          },
        },
      ],
    });
    fill('E-mail address', input.email);
    fill('Password', input.password);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('other page')).toBeTruthy();
    await waitFor(() => expect(session.getAccessToken()).toBe('token-1'));
    expect(session.getState().viewer?.displayName).toBe('Rami');
    expect(window.localStorage.getItem('token-1')).toBeNull();
    expect(JSON.stringify({ ...window.localStorage })).not.toContain('token-1');
  });
});
