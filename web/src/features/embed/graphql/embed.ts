import { graphql } from '../../../__generated__';

/** What the plan's embed shows: its headline figures (`/embed/<org>/<plan>`). */
export const EmbedPlanQuery = graphql(`
  query EmbedPlan($slug: String!) {
    plan(slug: $slug) {
      id
      slug
      title
      organisation {
        slug
        name
      }
      summary {
        asOf
        commitmentsTotal
        assessedTotal
        unassessedCount
        milestonesTotal
        milestonesComplete
        milestoneCompletionShare
        overdueCount
        byAssessment {
          status
          count
        }
      }
    }
  }
`);

/** What a commitment's embed shows: its three lenses and deadline (`/embed/<org>/<plan>/<ref>`). */
export const EmbedCommitmentQuery = graphql(`
  query EmbedCommitment($slug: String!, $reference: String!) {
    plan(slug: $slug) {
      id
      slug
      title
      counterpart
      organisation {
        slug
        name
      }
      commitment(reference: $reference) {
        id
        reference
        title
        assessment
        partyReported
        deadline
        disagreement
        dueDate
        completedOn
      }
    }
  }
`);
