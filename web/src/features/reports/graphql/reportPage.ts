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
        ...OpenDataLicence_organisation
      }
      plans {
        slug
        title
        publishedAt
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
