import { graphql } from '../../../__generated__';

/** A comment, a reply (parentId) or a liaison's response with its stance. */
export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      id
      kind
      stance
      createdAt
    }
  }
`);

/** The plans a signed-in person speaks for: a liaison may respond on the commitments of these. */
export const ParticipationWorkspaceQuery = graphql(`
  query ParticipationWorkspace {
    workspace {
      plans {
        id
        slug
      }
    }
  }
`);
