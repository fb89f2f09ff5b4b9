import { graphql } from '../../../graphql/generated';

export const COMMENT_FIELDS = graphql(`
  fragment CommentFields on Comment {
    id
    body
    createdAt
    review
    author {
      id
      displayName
    }
  }
`);

export const CONTRIBUTION_FIELDS = graphql(`
  fragment ContributionFields on Contribution {
    id
    bodyHtml
    places
    cohorts
    periodFrom
    periodTo
    evidenceType
    confidence
    gatheringBasis
    tags
    language
    sensitivity
    review
    reviewReason
    helpfulCount
    viewerFoundHelpful
    createdAt
    author {
      anonymous
      organisationType
      governorate
      user {
        id
        displayName
      }
    }
    comments {
      ...CommentFields
    }
  }
`);

export const QUESTION_PAGE_QUERY = graphql(`
  query QuestionPage($id: ID!) {
    question(id: $id) {
      id
      title
      bodyHtml
      purpose
      status
      sensitivity
      review
      reviewReason
      version
      opensAt
      closesAt
      createdAt
      source {
        assessment
        year
        indicator
        url
      }
      sectors
      places
      cohorts
      tags
      author {
        id
        displayName
      }
      organisation {
        id
        name
        acronym
      }
      viewerCan {
        edit
        manage
        contribute
        comment
      }
      viewerFollows
      comments {
        ...CommentFields
      }
      contributionCount
      contributions(first: 100) {
        totalCount
        edges {
          node {
            ...ContributionFields
          }
        }
      }
      synthesis {
        version
        review
        reviewReason
        bodyHtml
        publishedAt
        author {
          id
          displayName
        }
        citations {
          id
        }
      }
      duplicateOf {
        id
        title
      }
      related {
        id
        title
      }
    }
  }
`);

export const CONTRIBUTE_MUTATION = graphql(`
  mutation Contribute($input: ContributeInput!) {
    contribute(input: $input) {
      id
    }
  }
`);

export const MARK_HELPFUL_MUTATION = graphql(`
  mutation MarkHelpful($id: ID!, $helpful: Boolean!) {
    markHelpful(id: $id, helpful: $helpful) {
      id
      helpfulCount
      viewerFoundHelpful
    }
  }
`);

export const ADD_COMMENT_MUTATION = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const SET_FOLLOWING_MUTATION = graphql(`
  mutation SetFollowing($kind: FollowKind!, $key: String!, $following: Boolean!) {
    setFollowing(kind: $kind, key: $key, following: $following)
  }
`);

export const CHANGE_QUESTION_STATUS_MUTATION = graphql(`
  mutation ChangeQuestionStatus($id: ID!, $status: QuestionStatus!) {
    changeQuestionStatus(id: $id, status: $status) {
      id
      status
      version
    }
  }
`);

export const MARK_DUPLICATE_MUTATION = graphql(`
  mutation MarkDuplicate($id: ID!, $duplicateOf: ID) {
    markDuplicate(id: $id, duplicateOf: $duplicateOf) {
      id
      duplicateOf {
        id
        title
      }
    }
  }
`);

export const PUBLISH_SYNTHESIS_MUTATION = graphql(`
  mutation PublishSynthesis($input: PublishSynthesisInput!) {
    publishSynthesis(input: $input) {
      id
      status
      version
    }
  }
`);
