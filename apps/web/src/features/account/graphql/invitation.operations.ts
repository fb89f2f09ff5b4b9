import { graphql } from '../../../graphql/generated';

export const INVITATION_PREVIEW_QUERY = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      displayName
      email
      expiresAt
      organisationName
    }
  }
`);

export const ACCEPT_INVITATION_MUTATION = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...AuthSessionFields
    }
  }
`);
