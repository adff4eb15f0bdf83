import { graphql } from '../../../__generated__';

export const ConsoleMeQuery = graphql(`
  query ConsoleMe {
    me {
      id
      displayName
      role
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
