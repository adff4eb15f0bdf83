import { graphql } from '../../../__generated__';

export const PostStatusUpdateMutation = graphql(`
  mutation PostStatusUpdate($input: PostStatusUpdateInput!) {
    postStatusUpdate(input: $input) {
      id
      lens
      status
      createdAt
    }
  }
`);
