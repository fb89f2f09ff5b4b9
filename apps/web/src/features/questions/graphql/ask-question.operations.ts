import { graphql } from '../../../graphql/generated';

export const ASK_QUESTION_MUTATION = graphql(`
  mutation AskQuestion($input: AskQuestionInput!) {
    askQuestion(input: $input) {
      id
    }
  }
`);

/** Recent titles to compare a new title against, until the search API offers similarQuestions. */
export const RECENT_QUESTION_TITLES_QUERY = graphql(`
  query RecentQuestionTitles {
    questions(first: 100, sort: NEWEST) {
      edges {
        node {
          id
          title
          status
        }
      }
    }
  }
`);

export const ACCESS_CHOICES_QUERY = graphql(`
  query AccessChoices($organisationId: ID!) {
    organisations {
      id
      name
      acronym
    }
    organisationMembers(organisationId: $organisationId, first: 100) {
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`);
