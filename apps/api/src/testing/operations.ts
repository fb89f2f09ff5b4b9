import type { GraphQLResponse } from './test-app';
import type { SignedInUser } from './make';

/** One helper per GraphQL operation, so API tests read like user stories. */
type Caller = Pick<SignedInUser, 'gql'> | { gql: SignedInUser['gql'] };

export interface QuestionView {
  id: string;
  title: string;
  status: string;
  version: number;
  sensitivity: string;
}

const QUESTION_FIELDS = 'id title status version sensitivity';

export function expectData<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data;
}

export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return response.errors?.[0]?.extensions?.['code'] as string | undefined;
}

export const ops = {
  askQuestion: (as: Caller, input: Record<string, unknown>) =>
    as.gql<{ askQuestion: QuestionView }>(`mutation($input: AskQuestionInput!) { askQuestion(input: $input) { ${QUESTION_FIELDS} } }`, { input }),

  updateQuestion: (as: Caller, input: Record<string, unknown>) =>
    as.gql<{ updateQuestion: QuestionView }>(`mutation($input: UpdateQuestionInput!) { updateQuestion(input: $input) { ${QUESTION_FIELDS} } }`, { input }),

  changeStatus: (as: Caller, id: string, status: string) =>
    as.gql<{ changeQuestionStatus: QuestionView }>(`mutation($id: ID!, $status: QuestionStatus!) { changeQuestionStatus(id: $id, status: $status) { ${QUESTION_FIELDS} } }`, { id, status }),

  contribute: (as: Caller, input: Record<string, unknown>) =>
    as.gql<{ contribute: { id: string; sensitivity: string; version: number } }>(
      `mutation($input: ContributeInput!) { contribute(input: $input) { id sensitivity version } }`,
      { input },
    ),

  updateContribution: (as: Caller, input: Record<string, unknown>) =>
    as.gql<{ updateContribution: { id: string; version: number } }>(`mutation($input: UpdateContributionInput!) { updateContribution(input: $input) { id version } }`, { input }),

  markHelpful: (as: Caller, id: string, helpful = true) =>
    as.gql<{ markHelpful: { helpfulCount: number; viewerFoundHelpful: boolean } }>(
      `mutation($id: ID!, $helpful: Boolean!) { markHelpful(id: $id, helpful: $helpful) { helpfulCount viewerFoundHelpful } }`,
      { id, helpful },
    ),

  addComment: (as: Caller, targetType: 'QUESTION' | 'CONTRIBUTION', targetId: string, body: string, postDespitePersonalData = false) =>
    as.gql<{ addComment: { id: string } }>(`mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { targetType, targetId, body, postDespitePersonalData } }),

  publishSynthesis: (as: Caller, input: Record<string, unknown>) =>
    as.gql<{ publishSynthesis: QuestionView }>(`mutation($input: PublishSynthesisInput!) { publishSynthesis(input: $input) { ${QUESTION_FIELDS} } }`, { input }),

  markDuplicate: (as: Caller, id: string, duplicateOf: string | null) =>
    as.gql<{ markDuplicate: QuestionView }>(`mutation($id: ID!, $d: ID) { markDuplicate(id: $id, duplicateOf: $d) { ${QUESTION_FIELDS} } }`, { id, d: duplicateOf }),

  linkQuestions: (as: Caller, id: string, relatedId: string, linked = true) =>
    as.gql<{ linkQuestions: QuestionView }>(`mutation($id: ID!, $r: ID!, $l: Boolean!) { linkQuestions(id: $id, relatedId: $r, linked: $l) { ${QUESTION_FIELDS} } }`, { id, r: relatedId, l: linked }),

  setFollowing: (as: Caller, kind: string, key: string, following = true) =>
    as.gql<{ setFollowing: boolean }>(`mutation($k: FollowKind!, $key: String!, $f: Boolean!) { setFollowing(kind: $k, key: $key, following: $f) }`, { k: kind, key, f: following }),

  questionPage: (as: Caller, id: string) =>
    as.gql<{ question: QuestionPage }>(QUESTION_PAGE, { id }),

  questions: (as: Caller, variables: Record<string, unknown> = {}) =>
    as.gql<{ questions: { totalCount: number; edges: Array<{ cursor: string; node: QuestionView }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
      `query($filter: QuestionFilterInput, $sort: QuestionSort, $first: Int, $after: String) {
        questions(filter: $filter, sort: $sort, first: $first, after: $after) {
          totalCount edges { cursor node { ${QUESTION_FIELDS} } } pageInfo { hasNextPage endCursor }
        }
      }`,
      variables,
    ),
};

export interface QuestionPage {
  id: string;
  title: string;
  status: string;
  version: number;
  bodyHtml: string;
  author: { id: string; displayName: string } | null;
  organisation: { name: string } | null;
  contributionCount: number;
  viewerFollows: boolean;
  viewerCan: { edit: boolean; manage: boolean; contribute: boolean; comment: boolean };
  comments: Array<{ id: string; body: string; author: { displayName: string } | null }>;
  contributions: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        body: string;
        helpfulCount: number;
        tags: string[];
        author: { anonymous: boolean; organisationType: string; governorate: string | null; user: { id: string; displayName: string; organisationId: string } | null };
        comments: Array<{ body: string; author: { displayName: string } | null }>;
      };
    }>;
  };
  synthesis: { version: number; body: string; citations: Array<{ id: string }> } | null;
  synthesisVersions: Array<{ version: number }>;
  revisions: Array<{ changes: Array<{ field: string }> }>;
}

export const QUESTION_PAGE = `query QuestionPage($id: ID!) {
  question(id: $id) {
    id title status version bodyHtml contributionCount viewerFollows
    author { id displayName }
    organisation { name }
    viewerCan { edit manage contribute comment }
    comments { id body author { displayName } }
    contributions(first: 50) {
      totalCount
      edges { node {
        id body helpfulCount tags
        author { anonymous organisationType governorate user { id displayName organisationId } }
        comments { body author { displayName } }
      } }
    }
    synthesis { version body citations { id } }
    synthesisVersions { version }
    revisions { changes { field } }
  }
}`;
