import { validateContribution, type ContributionDraft } from './contribution-validation';

const valid: ContributionDraft = {
  body: 'Rents in Zahle rose by a third since spring.',
  places: ['LB25'],
  cohorts: [],
  periodFrom: '2024-01-01',
  periodTo: '2024-03-01',
  evidenceType: 'DIRECT_OBSERVATION',
  confidence: 'MEDIUM',
  gatheringBasis: '',
  tags: [],
  language: 'en',
  sensitivity: 'RESTRICTED',
  anonymous: false,
};

describe('validateContribution', () => {
  it('accepts a complete contribution', () => {
    expect(validateContribution(valid)).toEqual({});
  });

  it('requires the text, the evidence type and the confidence', () => {
    expect(validateContribution({ ...valid, body: '  ', evidenceType: '', confidence: '' })).toEqual({
      body: 'bodyRequired',
      evidenceType: 'evidenceRequired',
      confidence: 'confidenceRequired',
    });
  });

  it.each(['FOCUS_GROUP_DISCUSSION', 'KEY_INFORMANT_INTERVIEW', 'HOUSEHOLD_VISITS'] as const)(
    'asks how knowledge from people was gathered (%s)',
    (evidenceType) => {
      expect(validateContribution({ ...valid, evidenceType })).toEqual({ gatheringBasis: 'gatheringRequired' });
      expect(validateContribution({ ...valid, evidenceType, gatheringBasis: 'INFORMED_CONSENT' })).toEqual({});
    },
  );

  it('refuses a period that ends before it starts', () => {
    expect(validateContribution({ ...valid, periodFrom: '2024-05-01', periodTo: '2024-01-01' })).toEqual({ periodTo: 'periodOrder' });
  });
});
