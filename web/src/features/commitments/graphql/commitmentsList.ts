import { graphql } from '../../../__generated__';

export const CommitmentsListQuery = graphql(`
  query CommitmentsList($slug: String!, $filter: CommitmentFilter, $first: Int!, $after: String) {
    plan(slug: $slug) {
      id
      slug
      title
      isIllustrative
      publishedAt
      organisation {
        slug
        name
        ...OpenDataLicence_organisation
      }
      themes {
        key
      }
      owners {
        key
      }
      commitments(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...CommitmentCard_commitment
          }
        }
      }
    }
  }
`);
