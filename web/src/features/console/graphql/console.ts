import { graphql } from '../../../__generated__';

export const WorkspaceQuery = graphql(`
  query Workspace {
    workspace {
      email
      user {
        id
        displayName
        role
      }
      organisation {
        id
        slug
        name
        reports {
          id
          slug
          title
          publishedOn
          recommendations {
            id
          }
        }
      }
      plans {
        id
        slug
        title
        counterpart
        publishedAt
        organisation {
          id
          slug
        }
        summary {
          commitmentsTotal
          unassessedCount
          overdueCount
        }
      }
      awaitingResponse {
        id
        reference
        title
        assessment
        partyReported
        assessmentEntry {
          id
          createdAt
        }
        plan {
          id
          slug
          organisation {
            id
            slug
          }
        }
      }
    }
  }
`);

export const CreatePlanMutation = graphql(`
  mutation CreatePlan($input: CreatePlanInput!) {
    createPlan(input: $input) {
      id
      slug
    }
  }
`);

export const CreateReportMutation = graphql(`
  mutation CreateReport($input: CreateReportInput!) {
    createReport(input: $input) {
      id
      slug
    }
  }
`);

export const ModerationQuery = graphql(`
  query Moderation($hidden: Boolean, $after: String) {
    moderation(hidden: $hidden, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          body
          hiddenReason
          hiddenAt
          hiddenBy {
            id
            displayName
            role
          }
          commitment {
            id
            reference
            title
            plan {
              id
              slug
              organisation {
                id
                slug
              }
            }
          }
          comment {
            id
            kind
            stance
            hidden
            createdAt
            author {
              id
              displayName
              role
            }
          }
        }
      }
    }
  }
`);

export const HideCommentMutation = graphql(`
  mutation HideComment($input: HideCommentInput!) {
    hideComment(input: $input) {
      id
      hidden
      body
    }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
      role
      expiresAt
      url
    }
  }
`);
