import { graphql } from '../../../graphql/generated';

/** Every vocabulary a page needs to name codes, loaded once and read from the cache afterwards. */
export const VOCABULARIES_QUERY = graphql(`
  query Vocabularies {
    sectors {
      code
      names {
        en
        ar
        fr
      }
      subSectors {
        code
        names {
          en
          ar
          fr
        }
      }
    }
    cohorts {
      code
      names {
        en
        ar
        fr
      }
    }
    evidenceTypes {
      code
      names {
        en
        ar
        fr
      }
    }
    organisationTypes {
      code
      names {
        en
        ar
        fr
      }
    }
    governorates: places(level: GOVERNORATE) {
      code
      names {
        en
        ar
        fr
      }
    }
    districts: places(level: DISTRICT) {
      code
      parentCode
      names {
        en
        ar
        fr
      }
    }
  }
`);

export const SEARCH_PLACES_QUERY = graphql(`
  query SearchPlaces($query: String!, $language: Language!) {
    searchPlaces(query: $query, limit: 8) {
      code
      level
      displayName(language: $language)
    }
  }
`);

export const TAG_SUGGESTIONS_QUERY = graphql(`
  query TagSuggestions($query: String!) {
    tags(query: $query, first: 8) {
      edges {
        node {
          slug
          label
        }
      }
    }
  }
`);
