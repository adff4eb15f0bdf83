import type { ApolloLink } from '@apollo/client';
import type { CommitmentEditorQuery, PlanEditorQuery, WorkspaceQuery } from '../../../__generated__/graphql';

/* Answers of the API for the editors' tests (test files only): a small plan of an illustrative organisation. */

const ORGANISATION = { __typename: 'Organisation', id: 'o1', slug: 'lmn', name: 'Labour Muslim Network' } as const;

export const PLAN_SLUG = 'plan-a';

export const workspaceData: WorkspaceQuery = {
  workspace: {
    __typename: 'Workspace',
    email: 'executive@example.org',
    user: { __typename: 'User', id: 'u1', displayName: 'Demo Executive', role: 'EXECUTIVE' },
    organisation: { ...ORGANISATION, reports: [] },
    plans: [],
    awaitingResponse: [],
  },
};

export const currentUserData = {
  me: { __typename: 'User', id: 'u1', displayName: 'Demo Executive', role: 'EXECUTIVE' },
};

export type Milestone = NonNullable<NonNullable<CommitmentEditorQuery['plan']>['commitment']>['milestones'][number];

export const MILESTONE: Milestone = {
  __typename: 'Milestone',
  id: 'm1',
  title: 'First quarterly report',
  description: 'Numbers by region.',
  dueDate: '2026-03-27',
  status: 'IN_PROGRESS',
  deadline: 'OVERDUE',
  version: 1,
};

export function commitmentEditorData(
  milestone: Milestone = MILESTONE,
  linked: readonly string[] = ['rec1'],
  changes: { reference?: string; version?: number } = {},
): CommitmentEditorQuery {
  return {
    plan: {
      __typename: 'ActionPlan',
      id: 'p1',
      slug: PLAN_SLUG,
      title: 'Islamophobia Action Plan',
      organisation: { __typename: 'Organisation', slug: ORGANISATION.slug, name: ORGANISATION.name },
      reports: [
        {
          __typename: 'Report',
          slug: 'the-report',
          title: 'The report',
          recommendations: [
            {
              __typename: 'Recommendation',
              id: 'rec1',
              reference: 'R1',
              title: 'Adopt a definition',
              response: 'ACCEPTED_IN_FULL',
            },
            {
              __typename: 'Recommendation',
              id: 'rec2',
              reference: 'R2',
              title: 'Publish complaints data',
              response: 'ACCEPTED_IN_PART',
            },
          ],
        },
      ],
      commitment: {
        __typename: 'Commitment',
        id: 'c4',
        reference: 'C4',
        title: 'Publish complaints data every quarter',
        description: 'Figures on complaints, by type and outcome.',
        owner: 'Governance and Legal Unit',
        successCriteria: null,
        dueDate: '2026-09-23',
        theme: 'Complaints',
        version: 3,
        verifiable: false,
        assessment: 'LIMITED',
        partyReported: 'SUBSTANTIAL',
        deadline: 'ON_TRACK',
        recommendations: linked.map((id) => ({ __typename: 'Recommendation', id })),
        milestones: [milestone],
        ...changes,
        history: {
          __typename: 'HistoryConnection',
          totalCount: 0,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: [],
        },
      },
    },
  };
}

export function planEditorData(): PlanEditorQuery {
  return {
    plan: {
      __typename: 'ActionPlan',
      id: 'p1',
      slug: PLAN_SLUG,
      title: 'Islamophobia Action Plan',
      counterpart: 'Labour Party',
      description: 'The plan agreed with the party.',
      agreedOn: '2021-03-01',
      version: 1,
      organisation: { __typename: 'Organisation', slug: ORGANISATION.slug, name: ORGANISATION.name },
      reports: [{ __typename: 'Report', slug: 'the-report', title: 'The report' }],
      commitments: {
        __typename: 'CommitmentConnection',
        totalCount: 1,
        edges: [
          {
            __typename: 'CommitmentEdge',
            node: {
              __typename: 'Commitment',
              id: 'c3',
              reference: 'C3',
              title: 'Adopt a definition of Islamophobia',
              owner: 'General Secretary’s office',
              dueDate: '2025-06-30',
              assessment: 'LIMITED',
              deadline: 'OVERDUE',
              verifiable: true,
            },
          },
        ],
      },
    },
  };
}

export const noRevisions = {
  revisions: {
    __typename: 'RevisionConnection',
    totalCount: 0,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: [],
  },
};

/** A GraphQL error response, as the API sends it. */
export function apiErrorResult(code: string, extensions: Record<string, unknown> = {}, message = 'Refused') {
  return { data: null, errors: [{ message, extensions: { code, ...extensions } }] } as unknown as ApolloLink.Result;
}
