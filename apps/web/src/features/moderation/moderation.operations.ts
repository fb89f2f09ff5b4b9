import { graphql } from '../../graphql/generated';

export const REVIEW_QUEUE_QUERY = graphql(`
  query ReviewQueue($first: Int!, $after: String) {
    reviewQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          targetId
          questionId
          synthesisVersion
          heldFor
          createdAt
          texts {
            field
            text
          }
          findings {
            field
            kind
            start
            end
            label {
              en
              ar
              fr
            }
          }
          author {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const DECIDE_REVIEW_MUTATION = graphql(`
  mutation DecideReview($input: DecideReviewInput!) {
    decideReview(input: $input) {
      id
      review
    }
  }
`);
