import { graphql } from '../../../__generated__';

/** The milestone bar, the assessment distribution and the counts of the plan's headline. */
export const HeadlineFiguresFragment = graphql(`
  fragment HeadlineFigures_summary on PlanSummary {
    asOf
    commitmentsTotal
    assessedTotal
    unassessedCount
    milestonesTotal
    milestonesComplete
    milestoneCompletionShare
    overdueCount
    dueSoonCount
    unverifiableCount
    disagreementCount
    byAssessment {
      status
      count
      share
    }
  }
`);

/** A commitment in the dashboard's short lists (overdue, due soon, disagreements, unverifiable). */
export const AttentionItemFragment = graphql(`
  fragment AttentionItem_commitment on Commitment {
    id
    reference
    title
    owner
    dueDate
    successCriteria
    deadline
    assessment
    partyReported
    disagreement
    verifiable
  }
`);

export const ThemeRowFragment = graphql(`
  fragment ThemeRow_breakdown on Breakdown {
    key
    commitmentsTotal
    assessedTotal
    unassessedCount
    milestonesTotal
    milestonesComplete
    milestoneCompletionShare
    byAssessment {
      status
      count
    }
  }
`);

export const ProgressSectionFragment = graphql(`
  fragment ProgressSection_point on ProgressPoint {
    date
    assessedTotal
    unassessedCount
    milestonesComplete
    milestonesTotal
    byAssessment {
      status
      count
    }
  }
`);

export const LatestUpdateFragment = graphql(`
  fragment LatestUpdate_entry on StatusUpdate {
    id
    lens
    status
    createdAt
    narrative
    reasonCode
    subjectType
    onBehalfOfParty
    milestone {
      id
      title
    }
    commitment {
      id
      reference
      title
    }
    author {
      id
      displayName
      role
    }
    evidence {
      id
      kind
    }
  }
`);

export const KeyFindingsFragment = graphql(`
  fragment KeyFindings_report on Report {
    slug
    title
    publishedOn
    findings {
      id
      label
      value
      unit
      position
    }
  }
`);
