import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiErrorResult, fixtureLink } from '../../../test/link';
import { renderApp } from '../../../test/render';
import {
  commitmentEditorData,
  currentUserData,
  MILESTONE,
  PLAN_SLUG,
  workspaceData,
  type Milestone,
} from '../../../test/fixtures/editors';
// Loaded before the tests start, so that the route's lazy import is not timed by the first test.
import './CommitmentEditorPage';

const PATH = `/console/plans/${PLAN_SLUG}/commitments/C4`;

function renderEditor(handlers: Parameters<typeof fixtureLink>[0]) {
  const fixture = fixtureLink({
    Workspace: () => ({ data: workspaceData }),
    CurrentUser: () => ({ data: currentUserData }),
    ...handlers,
  });
  renderApp(PATH, { link: fixture.link });
  return fixture;
}

describe('CommitmentEditorPage', () => {
  it('shows the commitment’s form, its links, milestones and history, with its public page', async () => {
    renderEditor({ CommitmentEditor: () => ({ data: commitmentEditorData() }) });

    await screen.findByRole(
      'heading',
      { level: 1, name: 'C4 Publish complaints data every quarter' },
      { timeout: 5000 },
    );
    expect(document.title).toBe('Edit C4: Publish complaints data every quarter – Console – Action Plan Tracker');
    expect(screen.getByRole('link', { name: 'See the public page of this commitment' }).getAttribute('href')).toBe(
      `/lmn/${PLAN_SLUG}/commitments/C4`,
    );
    expect(screen.getByRole('link', { name: 'Console' }).getAttribute('href')).toBe('/console');
    const form = screen.getByRole('form', { name: 'Edit C4' });
    expect(within(form).getByLabelText<HTMLInputElement>('Owner (optional)').value).toBe('Governance and Legal Unit');
    screen.getByText(/Not verifiable yet: it has no success criteria/);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /R1/ }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /R2/ }).checked).toBe(false);
    screen.getByRole('heading', { level: 3, name: 'First quarterly report' });
    screen.getByRole('region', { name: 'History' });
  });

  it('keeps a milestone’s typed title through a conflict and saves it onto the new version', async () => {
    let milestone: Milestone = MILESTONE;
    let updates = 0;
    const fixture = renderEditor({
      CommitmentEditor: () => ({ data: commitmentEditorData(milestone) }),
      UpdateMilestone: (variables) => {
        updates += 1;
        const input = variables.input as { version: number; title?: string };
        if (updates === 1) {
          // Someone else saved a new title first.
          milestone = { ...milestone, title: 'Quarterly report one', version: 2 };
          return apiErrorResult('CONFLICT', { currentVersion: 2 });
        }
        milestone = { ...milestone, title: input.title ?? milestone.title, version: input.version + 1 };
        return { data: { updateMilestone: milestone } };
      },
    });

    const heading = await screen.findByRole('heading', { level: 3, name: 'First quarterly report' }, { timeout: 5000 });
    const item = heading.closest('li') as HTMLElement;
    fireEvent.click(within(item).getByText('Edit details'));
    const form = within(item).getByRole('form', { name: 'Edit the milestone “First quarterly report”' });
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'The first quarterly report' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    const panel = await within(form).findByRole('group', { name: 'Someone else saved this while you were editing' });
    await within(panel).findByText('Quarterly report one');
    within(panel).getByText('The first quarterly report');
    expect(within(form).getByLabelText<HTMLInputElement>('Title').value).toBe('The first quarterly report');

    fireEvent.click(within(panel).getByRole('button', { name: 'Apply my changes to the new version' }));

    await screen.findByRole('heading', { level: 3, name: 'The first quarterly report' });
    const sent = fixture.requests.filter((request) => request.operationName === 'UpdateMilestone');
    expect(sent.map((request) => request.variables.input)).toEqual([
      { id: 'm1', version: 1, title: 'The first quarterly report' },
      { id: 'm1', version: 2, title: 'The first quarterly report' },
    ]);
    await within(form).findByText('Saved. The change is in the history.');
  });

  it('links a recommendation when its box is ticked', async () => {
    let linked = ['rec1'];
    const fixture = renderEditor({
      CommitmentEditor: () => ({ data: commitmentEditorData(MILESTONE, linked) }),
      LinkRecommendation: (variables) => {
        linked = [...linked, (variables.input as { recommendationId: string }).recommendationId];
        return {
          data: {
            linkRecommendation: {
              __typename: 'Commitment',
              id: 'c4',
              recommendations: linked.map((id) => ({ __typename: 'Recommendation', id })),
            },
          },
        };
      },
    });

    const box = await screen.findByRole<HTMLInputElement>('checkbox', { name: /R2/ }, { timeout: 5000 });
    fireEvent.click(box);

    await screen.findByText('Linked to R2.');
    await waitFor(() => expect(box.checked).toBe(true));
    const sent = fixture.requests.find((request) => request.operationName === 'LinkRecommendation');
    expect(sent?.variables.input).toEqual({ commitmentId: 'c4', recommendationId: 'rec2', unlink: false });
  });

  it('keeps the commitment’s typed text when someone renamed it meanwhile, and follows the new reference', async () => {
    const renamed = { reference: 'C4a', version: 4 };
    let updates = 0;
    const data = commitmentEditorData();
    const commitment = data.plan!.commitment!;
    const fixture = renderEditor({
      CommitmentEditor: (variables) => ({
        data: variables.reference === 'C4' ? data : commitmentEditorData(MILESTONE, ['rec1'], renamed),
      }),
      CommitmentEditorReload: () => ({
        data: { commitment: { ...commitment, ...renamed } },
      }),
      UpdateCommitment: (variables) => {
        updates += 1;
        if (updates === 1) return apiErrorResult('CONFLICT', { currentVersion: 4 });
        const input = variables.input as { version: number; description: string };
        return {
          data: {
            updateCommitment: { ...commitment, ...renamed, description: input.description, version: 5 },
          },
        };
      },
    });

    const form = await screen.findByRole('form', { name: 'Edit C4' }, { timeout: 5000 });
    fireEvent.change(within(form).getByLabelText('Description (optional)'), {
      target: { value: 'Figures on complaints, by type, region and outcome.' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    const panel = await within(form).findByRole('group', { name: 'Someone else saved this while you were editing' });
    await within(panel).findByText(/They also changed “Reference”/);
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Description (optional)').value).toBe(
      'Figures on complaints, by type, region and outcome.',
    );
    fireEvent.click(within(panel).getByRole('button', { name: 'Apply my changes to the new version' }));

    await screen.findByRole('heading', { level: 1, name: /^C4a / });
    const sent = fixture.requests.filter((request) => request.operationName === 'UpdateCommitment');
    expect(sent[1].variables.input).toEqual({
      id: 'c4',
      version: 4,
      description: 'Figures on complaints, by type, region and outcome.',
    });
  });
});
