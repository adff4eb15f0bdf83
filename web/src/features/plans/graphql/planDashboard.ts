import { graphql } from '../../../__generated__';

// `latestUpdates(first: 6)`: the dashboard shows the six newest (LatestUpdates' limit), and the
// API lists them newest first.
export const PlanDashboardQuery = graphql(`
  query PlanDashboard($slug: String!) {
    plan(slug: $slug) {
      id
      slug
      changeSequence
      title
      counterpart
      agreedOn
      description
      isIllustrative
      publishedAt
      organisation {
        slug
        name
        ...OpenDataLicence_organisation
      }
      reports {
        slug
        ...KeyFindings_report
      }
      summary {
        commitmentsTotal
        ...HeadlineFigures_summary
      }
      overdue: commitments(filter: { deadline: [OVERDUE] }, first: 6) {
        totalCount
        edges {
          node {
            id
            ...NeedsAttention_commitment
          }
        }
      }
      dueSoon: commitments(filter: { deadline: [DUE_SOON] }, first: 6) {
        totalCount
        edges {
          node {
            id
            ...NeedsAttention_commitment
          }
        }
      }
      disagreements: commitments(filter: { disagreement: true }, first: 6) {
        totalCount
        edges {
          node {
            id
            ...NeedsAttention_commitment
          }
        }
      }
      unverifiable: commitments(filter: { verifiable: false }, first: 6) {
        totalCount
        edges {
          node {
            id
            ...NeedsAttention_commitment
          }
        }
      }
      themes {
        ...ThemesBreakdown_theme
      }
      progressSeries {
        ...ProgressSection_series
      }
      latestUpdates(first: 6) {
        id
        ...LatestUpdates_entry
      }
    }
  }
`);
