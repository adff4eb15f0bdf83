import { graphql } from '../../../__generated__';

/** The sites allowed to frame the organisation's embeds, as its executives see them. */
export const EmbedOriginsQuery = graphql(`
  query EmbedOrigins($slug: String!) {
    organisation(slug: $slug) {
      id
      slug
      version
      embedOrigins
    }
  }
`);

export const UpdateEmbedOriginsMutation = graphql(`
  mutation UpdateEmbedOrigins($input: UpdateEmbedOriginsInput!) {
    updateEmbedOrigins(input: $input) {
      id
      slug
      version
      embedOrigins
    }
  }
`);
