import type { MockLink } from '@apollo/client/testing';
import { HOME_PAGE_QUERY } from '../features/home/graphql/home-page.query';
import { ACCESS_CHOICES_QUERY } from '../features/questions/graphql/ask-question.operations';
import { SEARCH_QUERY, SEARCH_SUGGESTIONS_QUERY } from '../features/search/graphql/search.operations';
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

/** The home page of a hub with nothing published yet, for a visitor who is not signed in. */
export const emptyHomePageMock: MockLink.MockedResponse = {
  request: { query: HOME_PAGE_QUERY, variables: { signedIn: false } },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      openQuestions: { __typename: 'ResearchQuestionConnection', totalCount: 0, edges: [] },
      recentSyntheses: { __typename: 'ResearchQuestionConnection', edges: [] },
    },
  },
};

/** Any search finds nothing. */
export const emptySearchMock: MockLink.MockedResponse = {
  request: { query: SEARCH_QUERY, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      search: { __typename: 'SearchResultsModel', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, facets: [], hits: [] },
    },
  },
};

/** Search-as-you-type suggests nothing. */
export const noSuggestionsMock: MockLink.MockedResponse = {
  request: { query: SEARCH_SUGGESTIONS_QUERY, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { searchSuggestions: [] } },
};

/** Who may read a confidential question, as offered to the test viewer (organisation `org-1`). */
export const accessChoicesMock: MockLink.MockedResponse = {
  request: { query: ACCESS_CHOICES_QUERY, variables: { organisationId: 'org-1' } },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      organisations: [
        { __typename: 'Organisation', id: 'org-1', name: 'Akkar Relief Network', acronym: 'ARN' },
        { __typename: 'Organisation', id: 'org-2', name: 'Bekaa Women’s Union', acronym: null },
      ],
      organisationMembers: {
        __typename: 'MemberConnection',
        edges: [{ __typename: 'MemberEdge', node: { __typename: 'Member', id: 'user-2', displayName: 'Rami Khoury' } }],
      },
    },
  },
};
