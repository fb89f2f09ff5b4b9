import { graphql } from '../../../graphql/generated';

export const SEARCH_QUERY = graphql(`
  query Search($input: SearchInput!) {
    search(input: $input) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      facets {
        facet
        values {
          value
          label
          count
          lessThan
        }
      }
      hits {
        id
        kind
        questionId
        title {
          text
          highlights {
            start
            end
          }
        }
        snippet {
          text
          highlights {
            start
            end
          }
        }
      }
    }
  }
`);

export const SEARCH_SUGGESTIONS_QUERY = graphql(`
  query SearchSuggestions($prefix: String!) {
    searchSuggestions(prefix: $prefix, first: 6) {
      id
      questionId
      title {
        text
        highlights {
          start
          end
        }
      }
    }
  }
`);
