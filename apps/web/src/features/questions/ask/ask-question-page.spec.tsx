import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { AskQuestionInput } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { accessChoicesMock, vocabulariesMock } from '../../../testing/fixtures';
import { ASK_QUESTION_MUTATION, SIMILAR_QUESTIONS_QUERY } from '../graphql/ask-question.operations';
import { AskQuestionPage } from './ask-question-page';

describe('AskQuestionPage', () => {
  it('explains to contributors who may ask', () => {
    renderWithProviders(<AskQuestionPage />, { viewer: { roles: ['CONTRIBUTOR'] } });
    expect(screen.getByText(/posted by sector leads and platform administrators/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publish the question' })).toBeNull();
  });

  it('shows each problem next to its field', async () => {
    renderWithProviders(<AskQuestionPage />, { viewer: { roles: ['SECTOR_LEAD'], leadSectors: ['SHELTER'] }, mocks: [vocabulariesMock] });
    expect(await screen.findByRole('checkbox', { name: 'Shelter' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Publish the question' }));
    expect(await screen.findByText('Write the question.')).toBeTruthy();
    expect(screen.getByText('Say why this knowledge is needed.')).toBeTruthy();
    expect(screen.getByText('Choose at least one sector.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Some fields need attention');
  });

  it('explains each sensitivity level and asks who may read a confidential question', async () => {
    renderWithProviders(<AskQuestionPage />, { viewer: { roles: ['SECTOR_LEAD'], leadSectors: ['SHELTER'] }, mocks: [vocabulariesMock, accessChoicesMock] });
    expect(screen.getByText('Only signed-in members of the hub can read it.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Confidential' }));
    expect(screen.getByText('Loading the organisations and people you can choose…')).toBeTruthy();
    expect(await screen.findByRole('group', { name: 'Sectors that may read it' })).toBeTruthy();
    const organisations = screen.getByRole('group', { name: 'Organisations that may read it' });
    expect(await within(organisations).findByRole('checkbox', { name: 'ARN – Akkar Relief Network' })).toBeTruthy();
    expect(within(organisations).getByRole('checkbox', { name: 'Bekaa Women’s Union' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Strictly confidential' }));
    expect(within(screen.getByRole('group', { name: 'People who may read it' })).getByRole('checkbox', { name: 'Rami Khoury' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Publish the question' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Save as a draft' }));
    expect(screen.getByRole('button', { name: 'Save the draft' })).toBeTruthy();
  });

  it('offers a retry when the organisations and people to choose from cannot be loaded', async () => {
    const offline = { request: accessChoicesMock.request, error: new Error('offline') };
    renderWithProviders(<AskQuestionPage />, { viewer: { roles: ['SECTOR_LEAD'], leadSectors: ['SHELTER'] }, mocks: [vocabulariesMock, offline, accessChoicesMock] });
    fireEvent.click(screen.getByRole('radio', { name: 'Strictly confidential' }));
    expect(await screen.findByText('The organisations and people to choose from could not be loaded.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    const people = screen.getByRole('group', { name: 'People who may read it' });
    expect(await within(people).findByRole('checkbox', { name: 'Rami Khoury' })).toBeTruthy();
    expect(screen.queryByText('The organisations and people to choose from could not be loaded.')).toBeNull();
  });

  it('shows what the personal-data guard found in the trimmed title and redacts it in the text the author typed', async () => {
    const title = 'Why do families call 03-123456 for rent help?';
    const askedWith: AskQuestionInput[] = [];
    const ask = (matches: (input: AskQuestionInput) => boolean, result: object) => ({
      request: { query: ASK_QUESTION_MUTATION, variables: ({ input }: { input: AskQuestionInput }) => matches(input) && askedWith.push(input) > 0 },
      result,
    });
    const phone = { start: title.indexOf('03-'), end: title.indexOf('03-') + 9 };
    const refused = ask((input) => input.title === title, {
      errors: [
        new GraphQLError('This text seems to contain personal data.', {
          extensions: { code: 'VALIDATION_FAILED', fields: [{ field: 'input.title', message: 'may contain personal data' }], personalData: [{ field: 'input.title', kind: 'PHONE_LEBANON', ...phone }] },
        }),
      ],
    });
    const accepted = ask((input) => input.title === 'Why do families call [phone number removed] for rent help?', { data: { askQuestion: { __typename: 'ResearchQuestion', id: 'q9' } } });
    const similar = { request: { query: SIMILAR_QUESTIONS_QUERY, variables: () => true }, maxUsageCount: Number.POSITIVE_INFINITY, result: { data: { similarQuestions: [] } } };
    renderWithProviders(<AskQuestionPage />, {
      route: '/ask',
      path: '/ask',
      viewer: { roles: ['SECTOR_LEAD'], leadSectors: ['SHELTER'] },
      mocks: [vocabulariesMock, similar, refused, accepted],
    });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Shelter' }));
    // Typed with leading spaces: the form sends the title trimmed, and the API's offsets are into that.
    fireEvent.change(screen.getByLabelText('Question', { exact: false }), { target: { value: `   ${title}` } });
    fireEvent.change(screen.getByLabelText('Details', { exact: false }), { target: { value: 'Rents rose in Zahle.' } });
    fireEvent.change(screen.getByLabelText('Why this knowledge is needed', { exact: false }), { target: { value: 'To plan rental support.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish the question' }));

    const panel = await screen.findByTestId('personal-data-panel');
    expect(within(panel).getByText('Lebanese phone number')).toBeTruthy();
    expect(panel.querySelector('mark')?.textContent).toBe('03-123456');
    fireEvent.click(within(panel).getByRole('button', { name: 'Redact all' }));
    expect((screen.getByLabelText('Question', { exact: false }) as HTMLInputElement).value).toBe('   Why do families call [phone number removed] for rent help?');
    expect(screen.queryByTestId('personal-data-panel')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Publish the question' }));
    expect(await screen.findByText('other page')).toBeTruthy();
    expect(askedWith.map((input) => [input.title, input.postDespitePersonalData])).toEqual([
      [title, false],
      ['Why do families call [phone number removed] for rent help?', false],
    ]);
  });
});
