import { graphql } from '../../../graphql/generated';

export const QUESTION_CARD_FIELDS = graphql(`
  fragment QuestionCardFields on ResearchQuestion {
    id
    title
    status
    sectors
    places
    closesAt
    createdAt
    contributionCount
  }
`);

export const QUESTIONS_LIST_QUERY = graphql(`
  query QuestionsList($filter: QuestionFilterInput, $sort: QuestionSort!, $first: Int!, $after: String) {
    questions(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...QuestionCardFields
        }
      }
    }
  }
`);
