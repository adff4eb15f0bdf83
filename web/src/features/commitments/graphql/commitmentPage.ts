import { graphql } from '../../../__generated__';

export const CommitmentPageQuery = graphql(`
  query CommitmentPage($slug: String!, $reference: String!, $historyAfter: String, $commentsAfter: String) {
    plan(slug: $slug) {
      id
      slug
      changeSequence
      title
      counterpart
      publishedAt
      organisation {
        slug
        name
        ...OpenDataLicence_organisation
      }
      reports {
        slug
        title
        recommendations {
          id
        }
      }
      commitment(reference: $reference) {
        id
        reference
        title
        description
        owner
        successCriteria
        dueDate
        theme
        verifiable
        isIllustrative
        ...ThreeLenses_commitment
        ...LiaisonPanel_commitment
        ...RoundtableAsksAnswered_commitment
        milestones {
          id
          title
          ...MilestoneTimeline_milestone
        }
        recommendations {
          id
          reference
          title
          response
        }
        ...HistoryList_commitment
        comments(first: 50, after: $commentsAfter) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
              ...CommentsList_comment
            }
          }
        }
      }
    }
  }
`);
