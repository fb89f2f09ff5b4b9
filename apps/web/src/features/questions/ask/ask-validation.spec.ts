import { EMPTY_QUESTION, validateQuestion, type QuestionDraft } from './ask-validation';

const valid: QuestionDraft = {
  ...EMPTY_QUESTION,
  title: 'Why are evictions rising in Zahle?',
  body: 'VASyR 2023 shows more evictions.',
  purpose: 'To plan shelter assistance.',
  sectors: ['SHELTER'],
};

describe('validateQuestion', () => {
  it('accepts a complete question', () => {
    expect(validateQuestion(valid)).toEqual({});
  });

  it('requires a title, a body, a purpose and a sector', () => {
    expect(validateQuestion(EMPTY_QUESTION)).toEqual({
      title: 'titleRequired',
      body: 'bodyRequired',
      purpose: 'purposeRequired',
      sectors: 'sectorsRequired',
    });
  });

  it('checks the source year and link', () => {
    expect(validateQuestion({ ...valid, year: '23', url: 'ftp://example.org/report' })).toEqual({ year: 'yearInvalid', url: 'urlInvalid' });
  });

  it('needs the window to close after it opens', () => {
    expect(validateQuestion({ ...valid, opensAt: '2025-02-01', closesAt: '2025-01-01' })).toEqual({ closesAt: 'closesBeforeOpens' });
  });

  it('asks who may read confidential questions', () => {
    expect(validateQuestion({ ...valid, sensitivity: 'CONFIDENTIAL' })).toEqual({ accessSectors: 'accessRequired' });
    expect(validateQuestion({ ...valid, sensitivity: 'CONFIDENTIAL', accessOrganisations: ['o1'] })).toEqual({});
    expect(validateQuestion({ ...valid, sensitivity: 'STRICTLY_CONFIDENTIAL' })).toEqual({ accessUsers: 'accessUsersRequired' });
  });
});
