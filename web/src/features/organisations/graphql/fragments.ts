import { graphql } from '../../../__generated__';

/** Everything a plan card shows: the plan's headline progress. */
export const PlanCardFragment = graphql(`
  fragment PlanCard_plan on ActionPlan {
    slug
    title
    counterpart
    agreedOn
    isIllustrative
    summary {
      commitmentsTotal
      assessedTotal
      unassessedCount
      milestonesTotal
      milestonesComplete
      milestoneCompletionShare
      overdueCount
      dueSoonCount
      unverifiableCount
      byAssessment {
        status
        count
        share
      }
    }
  }
`);

/** An organisation with its plans, as listed on the home page. */
export const OrganisationSectionFragment = graphql(`
  fragment OrganisationSection_organisation on Organisation {
    slug
    name
    description
    website
    plans {
      slug
      ...PlanCard_plan
    }
  }
`);
