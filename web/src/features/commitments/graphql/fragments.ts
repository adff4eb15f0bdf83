import { graphql } from '../../../__generated__';

/** A commitment as one card of the commitments list. */
export const CommitmentCardFragment = graphql(`
  fragment CommitmentCard_commitment on Commitment {
    id
    reference
    title
    owner
    theme
    dueDate
    completedOn
    verifiable
    assessment
    partyReported
    deadline
    disagreement
  }
`);

/** The ledger entry behind one lens: who said what, when, on what evidence. */
export const LensEntryFragment = graphql(`
  fragment LensEntry_entry on StatusUpdate {
    id
    createdAt
    narrative
    onBehalfOfParty
    reasonCode
    evidence {
      ...EvidenceList_evidence
    }
    author {
      id
      displayName
      role
    }
  }
`);

export const EvidenceListFragment = graphql(`
  fragment EvidenceList_evidence on Evidence {
    id
    kind
    title
    url
    publishedOn
  }
`);

/** The three lenses of one commitment, side by side. */
export const ThreeLensesFragment = graphql(`
  fragment ThreeLenses_commitment on Commitment {
    id
    assessment
    partyReported
    deadline
    disagreement
    dueDate
    completedOn
    assessmentEntry {
      ...LensEntry_entry
    }
    partyReportedEntry {
      ...LensEntry_entry
    }
  }
`);

export const MilestoneTimelineFragment = graphql(`
  fragment MilestoneTimeline_milestone on Milestone {
    id
    title
    description
    dueDate
    status
    deadline
    completedOn
    latestEntry {
      id
      createdAt
      reasonCode
    }
  }
`);

/** One entry of a commitment's history: a ledger entry or a revision of its wording or dates. */
export const HistoryEntryFragment = graphql(`
  fragment HistoryEntry_entry on HistoryEntry {
    ... on StatusUpdate {
      id
      lens
      status
      narrative
      reasonCode
      createdAt
      subjectType
      onBehalfOfParty
      corrects {
        id
        createdAt
      }
      milestone {
        id
        title
      }
      author {
        id
        displayName
        role
      }
      evidence {
        ...EvidenceList_evidence
      }
    }
    ... on Revision {
      id
      field
      before
      after
      createdAt
      subjectId
      revisionSubject: subjectType
      version
      actor {
        id
        displayName
        role
      }
    }
  }
`);

export const CommentFragment = graphql(`
  fragment Comment_comment on Comment {
    id
    body
    hidden
    kind
    stance
    parentId
    createdAt
    author {
      id
      displayName
      role
    }
  }
`);

/** A page of a commitment's history; the operation declares `$historyAfter` (null for the first page). */
export const CommitmentHistoryPageFragment = graphql(`
  fragment CommitmentHistory_page on Commitment {
    history(first: 50, after: $historyAfter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...HistoryEntry_entry
        }
      }
    }
  }
`);
