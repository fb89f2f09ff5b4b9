import { graphql } from '../../../graphql/generated';

export const UPDATE_PROFILE_MUTATION = graphql(`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      language
      sectors
    }
  }
`);

export const CHANGE_PASSWORD_MUTATION = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const SIGN_OUT_EVERYWHERE_MUTATION = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const MY_DATA_QUERY = graphql(`
  query MyData {
    myData
  }
`);
