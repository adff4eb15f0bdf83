import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type {
  RecommendationEditor_RecommendationFragment,
  ReportEditor_ReportFragment,
  ReportEditorQuery,
} from '../../../__generated__/graphql';
import { apiErrorResult, fixtureLink, type FixtureHandler } from '../../../test/link';
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

const finding = (id: string, label: string, value: number, position: number, version = 1) => ({
  __typename: 'Finding' as const,
  id,
  label,
  value,
  unit: '%',
  position,
  version,
});

const FINDINGS = [
  finding('f1', 'directly experienced Islamophobia', 29, 1),
  finding('f2', 'directly witnessed Islamophobia', 37, 2),
  finding('f3', 'no confidence in the complaints procedure', 48, 3),
];

const REPORT: ReportEditorQuery = {
  report: {
    ...REPORT_SAVED,
    organisation: { __typename: 'Organisation', slug: 'lmn', name: 'Labour Muslim Network' },
    findings: FINDINGS,
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

const revision = (
  id: string,
  field: string,
  before: string | null,
  after: string | null,
  subject: { subjectType: string; subjectId: string } = { subjectType: 'REPORT', subjectId: 'r1' },
) => ({
  __typename: 'RevisionEdge',
  cursor: id,
  node: {
    __typename: 'Revision',
    id,
    ...subject,
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

  describe('key findings', () => {
    const findingItem = (label: string) =>
      screen.getByRole('heading', { level: 3, name: label }).closest('li') as HTMLElement;
    const labels = () =>
      within(screen.getByRole('list', { name: 'The findings' }))
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent);
    const withFindings = (findings: ReturnType<typeof finding>[]): ReportEditorQuery => ({
      report: { ...REPORT.report!, findings },
    });
    /** The editor of REPORT, signed in, with the operations of one test on top; resolves once the findings show. */
    const renderFindings = async (handlers: Record<string, FixtureHandler>) => {
      const fixture = fixtureLink({
        Workspace: () => ({ data: workspaceData }),
        CurrentUser: () => ({ data: currentUserData }),
        ReportEditor: () => ({ data: REPORT }),
        EditorRevisions: () => revisions([]),
        ...handlers,
      });
      renderApp('/console/reports/the-report', { link: fixture.link });
      await screen.findByRole('heading', { level: 2, name: 'Key findings' }, { timeout: 5000 });
      return fixture;
    };

    it('lists the findings with their figures and moves one by sending the whole order as seen', async () => {
      let current = FINDINGS;
      const fixture = await renderFindings({
        ReportEditor: () => ({ data: withFindings(current) }),
        ReorderFindings: () => {
          current = [
            finding('f2', 'directly witnessed Islamophobia', 37, 1, 2),
            finding('f1', 'directly experienced Islamophobia', 29, 2, 2),
            FINDINGS[2],
          ];
          return {
            data: { reorderFindings: { __typename: 'Report', id: 'r1', slug: 'the-report', findings: current } },
          };
        },
      });
      expect(labels()).toEqual([
        'directly experienced Islamophobia',
        'directly witnessed Islamophobia',
        'no confidence in the complaints procedure',
      ]);
      expect(within(findingItem('directly experienced Islamophobia')).getByText('29%')).toBeTruthy();
      const up = within(findingItem('directly experienced Islamophobia')).getByRole<HTMLButtonElement>('button', {
        name: 'Move up “directly experienced Islamophobia”',
      });
      expect(up.disabled).toBe(true);

      fireEvent.click(
        within(findingItem('directly witnessed Islamophobia')).getByRole('button', {
          name: 'Move up “directly witnessed Islamophobia”',
        }),
      );
      await screen.findByText('Moved “directly witnessed Islamophobia” up.');
      expect(fixture.requests.find((request) => request.operationName === 'ReorderFindings')?.variables).toEqual({
        input: {
          reportId: 'r1',
          findings: [
            { id: 'f2', version: 1 },
            { id: 'f1', version: 1 },
            { id: 'f3', version: 1 },
          ],
        },
      });
      expect(labels()[0]).toBe('directly witnessed Islamophobia');
    });

    it('on a stale order moves nothing, says so, and shows the findings as they are now', async () => {
      let current = FINDINGS;
      await renderFindings({
        ReportEditor: () => ({ data: withFindings(current) }),
        ReorderFindings: () => {
          // Someone else moved the third finding to the top meanwhile.
          current = [finding('f3', 'no confidence in the complaints procedure', 48, 1, 2), ...FINDINGS.slice(0, 2)];
          return apiErrorResult('CONFLICT', {});
        },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Move down “directly experienced Islamophobia”' }));
      await screen.findByText(/Someone else changed the findings since you opened this page, so nothing was changed/);
      await waitFor(() => expect(labels()[0]).toBe('no confidence in the complaints procedure'));
    });

    it('deletes a finding only once confirmed', async () => {
      const fixture = await renderFindings({
        DeleteFinding: () => ({
          data: { deleteFinding: { __typename: 'Report', id: 'r1', slug: 'the-report', findings: FINDINGS.slice(1) } },
        }),
      });
      const item = findingItem('directly experienced Islamophobia');
      fireEvent.click(within(item).getByRole('button', { name: 'Delete “directly experienced Islamophobia”' }));
      const confirm = within(item).getByRole('group', { name: 'Delete “directly experienced Islamophobia”?' });
      fireEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
      expect(fixture.requests.some((request) => request.operationName === 'DeleteFinding')).toBe(false);

      fireEvent.click(within(item).getByRole('button', { name: 'Delete “directly experienced Islamophobia”' }));
      fireEvent.click(within(item).getByRole('button', { name: 'Yes, delete it' }));
      await screen.findByText('Deleted “directly experienced Islamophobia”. The report’s history keeps its wording.');
      expect(fixture.requests.find((request) => request.operationName === 'DeleteFinding')?.variables).toEqual({
        input: { id: 'f1', version: 1 },
      });
      await waitFor(() => expect(labels()).toHaveLength(2));
    });

    it('adds a finding at the end, refusing a figure that is not a number before sending it', async () => {
      const fixture = await renderFindings({
        CreateFinding: (variables) => {
          const input = variables.input as { label: string; value: number; position: number };
          return {
            data: { createFinding: { ...finding('f4', input.label, input.value, input.position), unit: '' } },
          };
        },
      });
      const form = await screen.findByRole('form', { name: 'Add a finding' }, { timeout: 5000 });
      fireEvent.change(within(form).getByLabelText('Finding'), { target: { value: 'members surveyed' } });
      fireEvent.change(within(form).getByLabelText('Figure'), { target: { value: 'many' } });
      fireEvent.click(within(form).getByRole('button', { name: 'Add the finding' }));
      await within(form).findByText('The figure must be a number, such as 29 or 4.5, without a unit.');
      expect(fixture.requests.some((request) => request.operationName === 'CreateFinding')).toBe(false);
      expect(within(form).getByLabelText<HTMLInputElement>('Finding').value).toBe('members surveyed');

      fireEvent.change(within(form).getByLabelText('Figure'), { target: { value: '1 123' } });
      fireEvent.click(within(form).getByRole('button', { name: 'Add the finding' }));
      await within(form).findByText('“members surveyed” added at the end of the list.');
      expect(fixture.requests.find((request) => request.operationName === 'CreateFinding')?.variables).toEqual({
        input: { reportId: 'r1', label: 'members surveyed', value: 1123, position: 4 },
      });
    });

    it('shows the findings’ edits in the report’s history, named by their wording, a deleted one’s too', async () => {
      await renderFindings({
        EditorRevisions: () =>
          revisions([
            revision('v1', 'value', '28', '29', { subjectType: 'FINDING', subjectId: 'f1' }),
            revision('v2', 'label', 'felt unwelcome', null, { subjectType: 'FINDING', subjectId: 'gone' }),
            revision('v3', 'label', 'experienced it', 'directly experienced Islamophobia', {
              subjectType: 'FINDING',
              subjectId: 'f1',
            }),
          ]),
      });
      const history = await screen.findByRole('region', { name: 'History of the report' }, { timeout: 5000 });
      await within(history).findByText('Figure changed');
      expect(within(history).getAllByText(/Key finding “directly experienced Islamophobia”/)).toHaveLength(2);
      within(history).getByText(/Key finding “felt unwelcome”/);
      within(history).getByText('Finding removed');
    });
  });
});
