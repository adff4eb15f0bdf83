import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiErrorResult, fixtureLink } from '../../../test/link';
import { renderApp } from '../../../test/render';
import { currentUserData, noRevisions, PLAN_SLUG, planEditorData, workspaceData } from '../../../test/fixtures/editors';
// Loaded before the tests start, so that the route's lazy import is not timed by the first test.
import './PlanEditorPage';
import { WHAT_BECOMES_PUBLIC } from '../components/PlanPublication';

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

  describe('publication', () => {
    const draftData = () => {
      const data = planEditorData();
      return { plan: { ...data.plan!, publishedAt: null, version: 3 } };
    };

    it('marks a draft, and publishes it after a confirmation that says what becomes public', async () => {
      const published = { ...draftData().plan, publishedAt: '2026-11-29T10:00:00.000Z', version: 4 };
      let publishedYet = false;
      const fixture = renderEditor({
        PlanEditor: () => ({ data: publishedYet ? { plan: published } : draftData() }),
        PublishPlan: () => {
          publishedYet = true;
          return { data: { publishPlan: published } };
        },
      });

      const panel = await screen.findByRole('region', { name: 'Publication' }, { timeout: 5000 });
      within(panel).getByText('Draft');
      within(panel).getByText(/Only your organisation’s executives and this plan’s liaisons can see it/);
      expect(screen.getByRole('link', { name: 'Preview the dashboard of this draft' }).getAttribute('href')).toBe(
        `/lmn/${PLAN_SLUG}`,
      );

      fireEvent.click(within(panel).getByRole('button', { name: 'Publish…' }));
      const confirm = within(panel).getByRole('form', { name: 'Publish the plan' });
      within(confirm).getByText(WHAT_BECOMES_PUBLIC);
      expect(fixture.requests.some((r) => r.operationName === 'PublishPlan')).toBe(false);
      fireEvent.click(within(confirm).getByRole('button', { name: 'Publish the plan' }));

      await within(panel).findByText('Published: the plan is public now.');
      expect(fixture.requests.find((r) => r.operationName === 'PublishPlan')?.variables).toEqual({
        input: { id: 'p1', version: 3 },
      });
      await within(panel).findByText('Public since 29 November 2026.');
      expect(within(panel).queryByText('Draft')).toBeNull();
    });

    it('cancelling the confirmation publishes nothing', async () => {
      const fixture = renderEditor({ PlanEditor: () => ({ data: draftData() }) });

      const panel = await screen.findByRole('region', { name: 'Publication' }, { timeout: 5000 });
      fireEvent.click(within(panel).getByRole('button', { name: 'Publish…' }));
      fireEvent.click(within(panel).getByRole('button', { name: 'Cancel' }));
      expect(within(panel).queryByRole('form')).toBeNull();
      within(panel).getByRole('button', { name: 'Publish…' });
      expect(fixture.requests.some((r) => r.operationName === 'PublishPlan')).toBe(false);
    });

    it('unpublishes only with a reason, which it sends', async () => {
      const fixture = renderEditor({
        UnpublishPlan: () => ({
          data: {
            unpublishPlan: {
              ...planEditorData().plan!,
              publishedAt: null,
              unpublishedReason: 'A correction is due.',
              version: 2,
            },
          },
        }),
      });

      const panel = await screen.findByRole('region', { name: 'Publication' }, { timeout: 5000 });
      within(panel).getByText('Public since 22 November 2026.');
      fireEvent.click(within(panel).getByRole('button', { name: 'Unpublish…' }));
      const form = within(panel).getByRole('form', { name: 'Unpublish the plan' });
      fireEvent.click(within(form).getByRole('button', { name: 'Unpublish the plan' }));
      await within(form).findByText('Say why it is taken back: the reason is kept in its history.');
      expect(within(form).getByLabelText('Why is it taken back?').getAttribute('aria-invalid')).toBe('true');
      expect(fixture.requests.some((r) => r.operationName === 'UnpublishPlan')).toBe(false);

      fireEvent.change(within(form).getByLabelText('Why is it taken back?'), {
        target: { value: '  A correction is due. ' },
      });
      fireEvent.click(within(form).getByRole('button', { name: 'Unpublish the plan' }));
      await within(panel).findByText('Unpublished: the plan is a draft again.');
      expect(fixture.requests.find((r) => r.operationName === 'UnpublishPlan')?.variables).toEqual({
        input: { id: 'p1', version: 1, reason: 'A correction is due.' },
      });
    });

    it('says so when someone else changed the plan first, and loads it again', async () => {
      const fixture = renderEditor({
        PlanEditor: () => ({ data: draftData() }),
        PublishPlan: () =>
          apiErrorResult(
            'CONFLICT',
            { currentVersion: 4 },
            'This plan was changed by someone else since you opened it (it is now at version 4).',
          ),
      });

      const panel = await screen.findByRole('region', { name: 'Publication' }, { timeout: 5000 });
      fireEvent.click(within(panel).getByRole('button', { name: 'Publish…' }));
      fireEvent.click(within(panel).getByRole('button', { name: 'Publish the plan' }));
      await within(panel).findByText(
        'Someone else changed the plan since you opened it; it has been loaded again. Check it and try again.',
      );
      await waitFor(() =>
        expect(fixture.requests.filter((r) => r.operationName === 'PlanEditor').length).toBeGreaterThan(1),
      );
    });
  });
});
