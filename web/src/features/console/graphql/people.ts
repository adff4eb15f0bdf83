import { graphql } from '../../../__generated__';

export const PeopleQuery = graphql(`
  query People {
    workspace {
      user {
        id
      }
      people {
        id
        displayName
        email
        role
        plans {
          id
          slug
          title
        }
        lastSignInAt
        enabled
      }
      invitations {
        id
        email
        role
        plan {
          id
          slug
          title
        }
        invitedAt
        expiresAt
        expired
      }
    }
  }
`);

export const DisableUserMutation = graphql(`
  mutation DisableUser($input: DisableUserInput!) {
    disableUser(input: $input) {
      id
    }
  }
`);

export const EnableUserMutation = graphql(`
  mutation EnableUser($input: EnableUserInput!) {
    enableUser(input: $input) {
      id
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($input: InvitationIdInput!) {
    revokeInvitation(input: $input) {
      id
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($input: InvitationIdInput!) {
    resendInvitation(input: $input) {
      id
      email
      role
      expiresAt
      url
    }
  }
`);
