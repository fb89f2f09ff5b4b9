import { graphql } from '../../../graphql/generated';

export const PERSONAL_DATA_PATTERN_FIELDS = graphql(`
  fragment PersonalDataPatternFields on PersonalDataPattern {
    id
    name
    pattern
    caseInsensitive
    enabled
    version
    updatedAt
    label {
      en
      ar
      fr
    }
  }
`);

export const PERSONAL_DATA_PATTERNS_QUERY = graphql(`
  query PersonalDataPatterns {
    personalDataPatterns {
      ...PersonalDataPatternFields
    }
  }
`);

export const TEST_PERSONAL_DATA_PATTERN_QUERY = graphql(`
  query TestPersonalDataPattern($input: TestPersonalDataPatternInput!) {
    testPersonalDataPattern(input: $input) {
      valid
      problem {
        code
        message
      }
      matches {
        start
        end
        text
      }
    }
  }
`);

export const CREATE_PERSONAL_DATA_PATTERN_MUTATION = graphql(`
  mutation CreatePersonalDataPattern($input: PersonalDataPatternInput!) {
    createPersonalDataPattern(input: $input) {
      ...PersonalDataPatternFields
    }
  }
`);

export const UPDATE_PERSONAL_DATA_PATTERN_MUTATION = graphql(`
  mutation UpdatePersonalDataPattern($input: UpdatePersonalDataPatternInput!) {
    updatePersonalDataPattern(input: $input) {
      ...PersonalDataPatternFields
    }
  }
`);
