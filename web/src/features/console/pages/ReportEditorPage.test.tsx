import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type {
  RecommendationEditor_RecommendationFragment,
  ReportEditor_ReportFragment,
  ReportEditorQuery,
} from '../../../__generated__/graphql';
import { fixtureLink } from '../../../test/link';
import { renderApp } from '../../../test/render';
import { currentUserData, workspaceData } from '../../../test/fixtures/editors';
// Loaded before the tests start, so that the route's lazy import is not timed by the first test.
import './ReportEditorPage';

const REPORT_SAVED: ReportEditor_ReportFragment = {
  __typename: 'Report',
  id: 'r1',
  slug: 'the-report',
  title: 'Islamophobia and the Muslim Experience',
  summary: 'The largest consultation of its kind.',
  url: null,
  publishedOn: '2020-11-17',
  version: 2,
};

const RECOMMENDATION: RecommendationEditor_RecommendationFragment = {
  __typename: 'Recommendation',
  id: 'rec1',
  reference: 'R1',
  title: 'Adopt a definition',
  body: 'Adopt a definition of Islamophobia.',
  theme: 'Definition',
  response: 'ACCEPTED_IN_FULL',
  version: 1,
};

const REPORT: ReportEditorQuery = {
  report: {
    ...REPORT_SAVED,
    organisation: { __typename: 'Organisation', slug: 'lmn', name: 'Labour Muslim Network' },
    recommendations: [
      {
        ...RECOMMENDATION,
        commitments: [
          { __typename: 'Commitment', id: 'c3', reference: 'C3', plan: { __typename: 'ActionPlan', slug: 'plan-a' } },
        ],
      },
    ],
  },
};

const revision = (id: string, field: string, before: string | null, after: string | null) => ({
  __typename: 'RevisionEdge',
  cursor: id,
  node: {
    __typename: 'Revision',
    id,
    field,
    before,
    after,
    createdAt: '2026-01-12T10:00:00.000Z',
    version: 2,
    actor: { __typename: 'User', id: 'u1', displayName: 'Demo Executive', role: 'EXECUTIVE' },
  },
});

function revisions(edges: ReturnType<typeof revision>[]) {
  return {
    data: {
      revisions: {
        __typename: 'RevisionConnection',
        totalCount: edges.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges,
      },
    },
  };
}

describe('ReportEditorPage', () => {
  it('edits the report, lists its recommendations with what answers them, and shows each history', async () => {
    const fixture = fixtureLink({
      Workspace: () => ({ data: workspaceData }),
      CurrentUser: () => ({ data: currentUserData }),
      ReportEditor: () => ({ data: REPORT }),
      EditorRevisions: (variables) =>
        variables.subjectType === 'REPORT'
          ? revisions([revision('v1', 'summary', 'A consultation.', 'The largest consultation of its kind.')])
          : revisions([revision('v2', 'title', 'Adopt the definition', 'Adopt a definition')]),
    });
    renderApp('/console/reports/the-report', { link: fixture.link });

    await screen.findByRole('heading', { level: 1, name: 'Islamophobia and the Muslim Experience' }, { timeout: 5000 });
    expect(screen.getByRole('link', { name: 'See the public page of this report' }).getAttribute('href')).toBe(
      '/lmn/reports/the-report',
    );
    const form = screen.getByRole('form', { name: 'Edit the report' });
    expect(within(form).getByLabelText<HTMLInputElement>('Date published (optional)').value).toBe('2020-11-17');

    const history = screen.getByRole('region', { name: 'History of the report' });
    await within(history).findByText('Summary changed');
    within(history).getByText('Edited by Demo Executive');

    const item = screen.getByRole('heading', { level: 3, name: 'R1 Adopt a definition' }).closest('li') as HTMLElement;
    expect(item.querySelector('.editor-item__meta')?.textContent).toContain('Accepted in full');
    expect(within(item).getByRole('link', { name: 'C3' }).getAttribute('href')).toBe(
      '/console/plans/plan-a/commitments/C3',
    );
    // A recommendation's history is fetched when it is opened.
    const details = within(item).getByText('History').closest('details') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await within(item).findByText('Title changed');
    expect(fixture.requests.filter((request) => request.operationName === 'EditorRevisions')).toHaveLength(2);
  });
});
