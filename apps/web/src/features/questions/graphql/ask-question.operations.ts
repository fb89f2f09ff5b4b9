import { graphql } from '../../../graphql/generated';

export const ASK_QUESTION_MUTATION = graphql(`
  mutation AskQuestion($input: AskQuestionInput!) {
    askQuestion(input: $input) {
      id
    }
  }
`);

/** Readable questions resembling the title being typed (the search engine's similarQuestions). */
export const SIMILAR_QUESTIONS_QUERY = graphql(`
  query SimilarQuestions($title: String!) {
    similarQuestions(title: $title, first: 5) {
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
