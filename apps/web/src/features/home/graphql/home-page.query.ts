import { graphql } from '../../../graphql/generated';

export const HOME_PAGE_QUERY = graphql(`
  query HomePage($signedIn: Boolean!) {
    openQuestions: questions(filter: { statuses: [OPEN] }, sort: CLOSING_SOON, first: 30) {
      totalCount
      edges {
        node {
          ...QuestionCardFields
        }
      }
    }
    recentSyntheses: questions(filter: { statuses: [CLOSED] }, sort: NEWEST, first: 5) {
      edges {
        node {
          id
          title
          synthesis {
            bodyHtml
            publishedAt
          }
        }
      }
    }
    myFollows @include(if: $signedIn) {
      kind
      key
    }
  }
`);

export const FOLLOWED_QUESTION_QUERY = graphql(`
  query FollowedQuestion($id: ID!) {
    question(id: $id) {
      id
      title
      status
    }
  }
`);
