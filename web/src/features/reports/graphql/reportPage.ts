import { graphql } from '../../../__generated__';

export const ReportPageQuery = graphql(`
  query ReportPage($slug: String!) {
    report(slug: $slug) {
      id
      slug
      title
      publishedOn
      summary
      url
      isIllustrative
      organisation {
        slug
        name
      }
      plans {
        slug
        title
        organisation {
          slug
        }
      }
      findings {
        id
        label
        value
        unit
        position
      }
      recommendations {
        id
        reference
        title
        response
        isIllustrative
        commitments {
          id
        }
        ...RecommendationItem_recommendation
      }
    }
  }
`);
