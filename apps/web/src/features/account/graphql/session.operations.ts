import { graphql } from '../../../graphql/generated';

export const AUTH_SESSION_FIELDS = graphql(`
  fragment AuthSessionFields on AuthSession {
    accessToken
    expiresAt
    viewer {
      id
      email
      displayName
      roles
      leadSectors
      sectors
      language
      organisationId
    }
  }
`);

export const SIGN_IN_MUTATION = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...AuthSessionFields
    }
  }
`);

export const REFRESH_SESSION_MUTATION = graphql(`
  mutation RefreshSession {
    refreshSession {
      ...AuthSessionFields
    }
  }
`);

export const SIGN_OUT_MUTATION = graphql(`
  mutation SignOut {
    signOut
  }
`);
