import { graphql } from '../../../graphql/generated';

export const MEMBER_FIELDS = graphql(`
  fragment MemberFields on Member {
    id
    displayName
    email
    organisationId
    roles
    leadSectors
    status
  }
`);

export const ORGANISATIONS_QUERY = graphql(`
  query AdminOrganisations {
    organisations {
      id
      name
      acronym
      type
    }
  }
`);

export const ORGANISATION_QUERY = graphql(`
  query MyOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      acronym
      type
    }
  }
`);

export const CREATE_ORGANISATION_MUTATION = graphql(`
  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
      acronym
      type
    }
  }
`);

export const UPDATE_ORGANISATION_MUTATION = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      name
      acronym
      type
    }
  }
`);

export const SEARCH_MEMBERS_QUERY = graphql(`
  query AdminMembers($query: String, $organisationId: ID, $status: MemberStatus, $after: String) {
    members(query: $query, organisationId: $organisationId, status: $status, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MemberFields
        }
      }
    }
  }
`);

export const ORGANISATION_MEMBERS_QUERY = graphql(`
  query OrganisationMembers($organisationId: ID!, $after: String) {
    organisationMembers(organisationId: $organisationId, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MemberFields
        }
      }
    }
  }
`);

export const INVITATIONS_QUERY = graphql(`
  query OrganisationInvitations($organisationId: ID!) {
    invitations(organisationId: $organisationId) {
      id
      email
      displayName
      roles
      status
      expiresAt
    }
  }
`);

export const INVITE_MEMBER_MUTATION = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      invitationUrl
      invitation {
        id
        email
        expiresAt
      }
    }
  }
`);

export const REVOKE_INVITATION_MUTATION = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(invitationId: $id) {
      id
      status
    }
  }
`);

export const SET_MEMBER_ROLES_MUTATION = graphql(`
  mutation SetMemberRoles($input: SetMemberRolesInput!) {
    setMemberRoles(input: $input) {
      ...MemberFields
    }
  }
`);

export const DEACTIVATE_MEMBER_MUTATION = graphql(`
  mutation DeactivateMember($id: ID!) {
    deactivateMember(userId: $id) {
      ...MemberFields
    }
  }
`);

export const REACTIVATE_MEMBER_MUTATION = graphql(`
  mutation ReactivateMember($id: ID!) {
    reactivateMember(userId: $id) {
      ...MemberFields
    }
  }
`);

export const PASSWORD_RESET_LINK_MUTATION = graphql(`
  mutation CreatePasswordResetLink($id: ID!) {
    createPasswordResetLink(userId: $id) {
      resetUrl
      expiresAt
    }
  }
`);
