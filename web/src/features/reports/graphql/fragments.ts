import { graphql } from '../../../__generated__';

/** A recommendation with the party's response and the commitments that answer it. */
export const RecommendationItemFragment = graphql(`
  fragment RecommendationItem_recommendation on Recommendation {
    id
    reference
    title
    body
    theme
    response
    isIllustrative
    commitments {
      id
      reference
      title
      assessment
      deadline
      plan {
        slug
        organisation {
          slug
        }
      }
    }
  }
`);
