import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiErrorResult, fixtureLink } from '../../../test/link';
import { renderApp } from '../../../test/render';
import { currentUserData, noRevisions, PLAN_SLUG, planEditorData, workspaceData } from '../../../test/fixtures/editors';
// Loaded before the tests start, so that the route's lazy import is not timed by the first test.
import './PlanEditorPage';

function renderEditor(handlers: Parameters<typeof fixtureLink>[0]) {
  const fixture = fixtureLink({
    Workspace: () => ({ data: workspaceData }),
    CurrentUser: () => ({ data: currentUserData }),
    PlanEditor: () => ({ data: planEditorData() }),
    EditorRevisions: () => ({ data: noRevisions }),
    ...handlers,
  });
  renderApp(`/console/plans/${PLAN_SLUG}`, { link: fixture.link });
  return fixture;
}

describe('PlanEditorPage', () => {
  it('lists the commitments, each leading to its editor, and links to the public dashboard', async () => {
    renderEditor({});

    await screen.findByRole('heading', { level: 1, name: 'Islamophobia Action Plan' }, { timeout: 5000 });
    const link = screen.getByRole('link', { name: 'C3 Adopt a definition of Islamophobia' });
    expect(link.getAttribute('href')).toBe(`/console/plans/${PLAN_SLUG}/commitments/C3`);
    expect(screen.getByRole('link', { name: 'See the public dashboard of this plan' }).getAttribute('href')).toBe(
      `/lmn/${PLAN_SLUG}`,
    );
    expect(screen.getByRole('link', { name: 'Edit “The report” and its recommendations' }).getAttribute('href')).toBe(
      '/console/reports/the-report',
    );
    await screen.findByText('No edits of the plan yet: it reads as first entered.');
  });

  it('shows a reference already used on the reference field, keeping what was typed', async () => {
    const fixture = renderEditor({
      CreateCommitment: () =>
        apiErrorResult(
          'BAD_USER_INPUT',
          { field: 'reference' },
          'The reference "C3" is already used in this plan; choose another.',
        ),
    });

    const form = await screen.findByRole('form', { name: 'Add a commitment' }, { timeout: 5000 });
    fireEvent.change(within(form).getByLabelText('Reference'), { target: { value: 'C3' } });
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Train every panel member' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the commitment' }));

    const reference = within(form).getByLabelText<HTMLInputElement>('Reference');
    await within(form).findByText('The reference "C3" is already used in this plan; choose another.');
    expect(reference.getAttribute('aria-invalid')).toBe('true');
    expect(reference.getAttribute('aria-describedby')).toContain(
      within(form).getByText(/is already used in this plan/).id,
    );
    await waitFor(() => expect(document.activeElement).toBe(reference));
    within(form).getByText('Not saved: check “Reference”.');
    expect(within(form).getByLabelText<HTMLInputElement>('Title').value).toBe('Train every panel member');
    const sent = fixture.requests.find((request) => request.operationName === 'CreateCommitment');
    expect(sent?.variables.input).toEqual({ planId: 'p1', reference: 'C3', title: 'Train every panel member' });
  });
});
