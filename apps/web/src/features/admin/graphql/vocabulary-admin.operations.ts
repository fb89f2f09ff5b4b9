import { graphql } from '../../../graphql/generated';

export const ADMIN_TERM_FIELDS = graphql(`
  fragment AdminTermNames on LocalisedNames {
    en
    ar
    fr
  }
`);

export const ADMIN_SECTORS_QUERY = graphql(`
  query AdminSectors {
    sectors {
      code
      aliases
      defaultSensitivity
      parentCode
      names {
        ...AdminTermNames
      }
      subSectors {
        code
        aliases
        defaultSensitivity
        parentCode
        names {
          ...AdminTermNames
        }
      }
    }
  }
`);

export const CREATE_SECTOR_MUTATION = graphql(`
  mutation AdminCreateSector($input: CreateSectorInput!) {
    createSector(input: $input) {
      code
    }
  }
`);

export const UPDATE_SECTOR_MUTATION = graphql(`
  mutation AdminUpdateSector($code: String!, $input: UpdateSectorInput!) {
    updateSector(code: $code, input: $input) {
      code
      aliases
      parentCode
      names {
        ...AdminTermNames
      }
    }
  }
`);

export const SET_SECTOR_SENSITIVITY_MUTATION = graphql(`
  mutation AdminSetSectorSensitivity($code: String!, $level: SensitivityLevel!) {
    setSectorDefaultSensitivity(code: $code, level: $level) {
      code
      defaultSensitivity
    }
  }
`);

export const ADMIN_COHORTS_QUERY = graphql(`
  query AdminCohorts {
    cohorts {
      code
      aliases
      names {
        ...AdminTermNames
      }
    }
  }
`);

export const CREATE_COHORT_MUTATION = graphql(`
  mutation AdminCreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      code
    }
  }
`);

export const UPDATE_COHORT_MUTATION = graphql(`
  mutation AdminUpdateCohort($code: String!, $input: UpdateCohortInput!) {
    updateCohort(code: $code, input: $input) {
      code
      aliases
      names {
        ...AdminTermNames
      }
    }
  }
`);

export const ADMIN_PLACES_QUERY = graphql(`
  query AdminPlaces($parentCode: String) {
    places(parentCode: $parentCode) {
      code
      level
      parentCode
      aliases
      names {
        ...AdminTermNames
      }
    }
  }
`);

export const ADMIN_SEARCH_PLACES_QUERY = graphql(`
  query AdminSearchPlaces($query: String!, $language: Language!) {
    searchPlaces(query: $query, limit: 20) {
      code
      level
      parentCode
      aliases
      displayName(language: $language)
      names {
        ...AdminTermNames
      }
    }
  }
`);

export const UPDATE_PLACE_MUTATION = graphql(`
  mutation AdminUpdatePlace($code: String!, $input: UpdatePlaceInput!) {
    updatePlace(code: $code, input: $input) {
      code
      aliases
      names {
        ...AdminTermNames
      }
    }
  }
`);

export const ADMIN_TAGS_QUERY = graphql(`
  query AdminTags($query: String, $after: String) {
    tags(query: $query, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          slug
          label
          synonyms
        }
      }
    }
  }
`);

export const CREATE_TAG_MUTATION = graphql(`
  mutation AdminCreateTag($input: CreateTagInput!) {
    createTag(input: $input) {
      id
      slug
    }
  }
`);

export const UPDATE_TAG_MUTATION = graphql(`
  mutation AdminUpdateTag($slug: String!, $input: UpdateTagInput!) {
    updateTag(slug: $slug, input: $input) {
      id
      slug
      label
      synonyms
    }
  }
`);

export const MERGE_TAGS_MUTATION = graphql(`
  mutation AdminMergeTags($sourceSlug: String!, $targetSlug: String!) {
    mergeTags(sourceSlug: $sourceSlug, targetSlug: $targetSlug) {
      id
      slug
      label
      synonyms
    }
  }
`);
