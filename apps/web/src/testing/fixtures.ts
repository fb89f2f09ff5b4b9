import type { MockLink } from '@apollo/client/testing';
import { VOCABULARIES_QUERY } from '../features/vocabulary/graphql/vocabularies.query';

function names(en: string, ar: string, fr: string) {
  return { __typename: 'LocalisedNames', en, ar, fr };
}

/** A small slice of the real vocabularies, enough to check that codes are shown by name. */
export const vocabulariesMock: MockLink.MockedResponse = {
  request: { query: VOCABULARIES_QUERY },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      sectors: [
        { __typename: 'Sector', code: 'SHELTER', names: names('Shelter', 'المأوى', 'Abris'), subSectors: [] },
        { __typename: 'Sector', code: 'FOOD_SECURITY', names: names('Food Security & Agriculture', 'الأمن الغذائي والزراعة', 'Sécurité alimentaire et agriculture'), subSectors: [] },
      ],
      cohorts: [{ __typename: 'Cohort', code: 'SYR', names: names('Displaced Syrians', 'النازحون السوريون', 'Syriens déplacés') }],
      evidenceTypes: [
        { __typename: 'EvidenceTypeLabel', code: 'DIRECT_OBSERVATION', names: names('Direct observation', 'ملاحظة مباشرة', 'Observation directe') },
        { __typename: 'EvidenceTypeLabel', code: 'FOCUS_GROUP_DISCUSSION', names: names('Focus group discussion', 'نقاش جماعي مركّز', 'Groupe de discussion') },
      ],
      organisationTypes: [
        { __typename: 'OrganisationTypeLabel', code: 'NATIONAL_NGO', names: names('National NGO', 'منظمة غير حكومية وطنية', 'ONG nationale') },
      ],
      governorates: [{ __typename: 'Place', code: 'LB5', names: names('Akkar', 'عكار', 'Akkar') }],
      districts: [{ __typename: 'Place', code: 'LB25', parentCode: 'LB2', names: names('Zahle', 'زحلة', 'Zahlé') }],
    },
  },
};
