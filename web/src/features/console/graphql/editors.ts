import { graphql } from '../../../__generated__';

/*
 * The console's editors read the public queries (every item carries its `version`) and write
 * through the update and create mutations. Each mutation asks back for the fields its editor
 * shows, so the cache, and with it the form, holds what the server stored.
 */

export const OrganisationEditorQuery = graphql(`
  query OrganisationEditor($slug: String!) {
    organisation(slug: $slug) {
      ...OrganisationEditor_organisation
    }
    licences {
      id
      title
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      ...OrganisationEditor_organisation
    }
  }
`);

export const ReportEditorQuery = graphql(`
  query ReportEditor($slug: String!) {
    report(slug: $slug) {
      ...ReportEditor_report
      organisation {
        slug
        name
      }
      findings {
        id
        position
        ...FindingEditor_finding
      }
      recommendations {
        id
        ...RecommendationEditor_recommendation
        commitments {
          id
          reference
          plan {
            slug
          }
        }
      }
    }
  }
`);

export const UpdateReportMutation = graphql(`
  mutation UpdateReport($input: UpdateReportInput!) {
    updateReport(input: $input) {
      ...ReportEditor_report
    }
  }
`);

export const UpdateRecommendationMutation = graphql(`
  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {
    updateRecommendation(input: $input) {
      ...RecommendationEditor_recommendation
    }
  }
`);

export const CreateRecommendationMutation = graphql(`
  mutation CreateRecommendation($input: CreateRecommendationInput!) {
    createRecommendation(input: $input) {
      id
      reference
      ...RecommendationEditor_recommendation
    }
  }
`);

export const CreateFindingMutation = graphql(`
  mutation CreateFinding($input: CreateFindingInput!) {
    createFinding(input: $input) {
      id
      ...FindingEditor_finding
    }
  }
`);

export const UpdateFindingMutation = graphql(`
  mutation UpdateFinding($input: UpdateFindingInput!) {
    updateFinding(input: $input) {
      ...FindingEditor_finding
    }
  }
`);

/** Deleting and reordering answer the report's findings as they are now (a report is cached by its slug). */
export const DeleteFindingMutation = graphql(`
  mutation DeleteFinding($input: DeleteFindingInput!) {
    deleteFinding(input: $input) {
      id
      slug
      findings {
        id
        position
        ...FindingEditor_finding
      }
    }
  }
`);

export const ReorderFindingsMutation = graphql(`
  mutation ReorderFindings($input: ReorderFindingsInput!) {
    reorderFindings(input: $input) {
      id
      slug
      findings {
        id
        position
        ...FindingEditor_finding
      }
    }
  }
`);

export const PlanEditorQuery = graphql(`
  query PlanEditor($slug: String!) {
    plan(slug: $slug) {
      ...PlanEditor_plan
      organisation {
        slug
        name
      }
      reports {
        slug
        title
      }
      commitments(first: 100) {
        totalCount
        edges {
          node {
            id
            reference
            title
            owner
            dueDate
            assessment
            deadline
            verifiable
          }
        }
      }
    }
  }
`);

export const UpdatePlanMutation = graphql(`
  mutation UpdatePlan($input: UpdatePlanInput!) {
    updatePlan(input: $input) {
      ...PlanEditor_plan
    }
  }
`);

export const PublishPlanMutation = graphql(`
  mutation PublishPlan($input: PublishPlanInput!) {
    publishPlan(input: $input) {
      ...PlanEditor_plan
    }
  }
`);

export const UnpublishPlanMutation = graphql(`
  mutation UnpublishPlan($input: UnpublishPlanInput!) {
    unpublishPlan(input: $input) {
      ...PlanEditor_plan
    }
  }
`);

export const CreateCommitmentMutation = graphql(`
  mutation CreateCommitment($input: CreateCommitmentInput!) {
    createCommitment(input: $input) {
      id
      reference
      title
    }
  }
`);

export const CommitmentEditorQuery = graphql(`
  query CommitmentEditor($slug: String!, $reference: String!, $historyAfter: String) {
    plan(slug: $slug) {
      id
      slug
      title
      organisation {
        slug
        name
      }
      reports {
        slug
        title
        recommendations {
          id
          reference
          title
          response
        }
      }
      commitment(reference: $reference) {
        ...CommitmentEditor_commitment
        assessment
        partyReported
        recommendations {
          id
        }
        milestones {
          id
          title
          ...MilestoneEditor_milestone
        }
        ...HistoryList_commitment
      }
    }
  }
`);

export const UpdateCommitmentMutation = graphql(`
  mutation UpdateCommitment($input: UpdateCommitmentInput!) {
    updateCommitment(input: $input) {
      id
      reference
      ...CommitmentEditor_commitment
    }
  }
`);

/** The commitment by its id, after a conflict: someone may have changed its reference, which the page's address names. */
export const CommitmentEditorReloadQuery = graphql(`
  query CommitmentEditorReload($id: ID!) {
    commitment(id: $id) {
      ...CommitmentEditor_commitment
    }
  }
`);

export const LinkRecommendationMutation = graphql(`
  mutation LinkRecommendation($input: LinkRecommendationInput!) {
    linkRecommendation(input: $input) {
      id
      recommendations {
        id
      }
    }
  }
`);

export const UpdateMilestoneMutation = graphql(`
  mutation UpdateMilestone($input: UpdateMilestoneInput!) {
    updateMilestone(input: $input) {
      ...MilestoneEditor_milestone
    }
  }
`);

export const CreateMilestoneMutation = graphql(`
  mutation CreateMilestone($input: CreateMilestoneInput!) {
    createMilestone(input: $input) {
      id
      title
      ...MilestoneEditor_milestone
    }
  }
`);

export const EditorRevisionsQuery = graphql(`
  query EditorRevisions($subjectType: RevisionSubject!, $subjectId: ID!, $after: String) {
    revisions(subjectType: $subjectType, subjectId: $subjectId, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          subjectType
          subjectId
          field
          before
          after
          createdAt
          version
          actor {
            id
            displayName
            role
          }
        }
      }
    }
  }
`);
