import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlanImportQuery } from '../../../__generated__/graphql';
import { fixtureLink } from '../../../test/link';
import { renderApp } from '../../../test/render';
import { currentUserData, PLAN_SLUG, workspaceData } from '../../../test/fixtures/editors';
import type { ImportPreview } from '../lib/importFile';
// Loaded before the tests start, so that the route's lazy import is not timed by the first test.
import './PlanImportPage';

const LAZY = { timeout: 5000 };

const PLAN: PlanImportQuery = {
  plan: {
    __typename: 'ActionPlan',
    id: 'p1',
    slug: PLAN_SLUG,
    title: 'Plan A',
    publishedAt: '2026-01-01T00:00:00.000Z',
    organisation: { __typename: 'Organisation', slug: 'lmn', name: 'Labour Muslim Network' },
  },
};

const WITH_ERROR: ImportPreview = {
  plan: { slug: PLAN_SLUG, exists: true },
  applied: false,
  counts: { create: 0, update: 1, unchanged: 0, error: 1 },
  errors: [],
  notes: [],
  rows: [
    {
      file: 'milestones.csv',
      row: 3,
      key: 'C1 M2',
      action: 'update',
      changes: [{ field: 'title', before: 'Old', after: 'New' }],
      errors: [],
    },
    {
      file: 'milestones.csv',
      row: 4,
      key: 'C1 M3',
      action: 'error',
      changes: [],
      errors: [{ file: 'milestones.csv', row: 4, column: 'due_date', message: 'not a date' }],
    },
  ],
};

const FIXED: ImportPreview = {
  ...WITH_ERROR,
  counts: { create: 1, update: 1, unchanged: 0, error: 0 },
  rows: [
    WITH_ERROR.rows[0],
    {
      file: 'milestones.csv',
      row: 4,
      key: 'C1 M3',
      action: 'create',
      changes: [{ field: 'due_date', before: null, after: '2027-01-31' }],
      errors: [],
    },
  ],
};

interface Sent {
  url: string;
  method: string | undefined;
  credentials: RequestCredentials | undefined;
  headers: Record<string, string>;
  body: unknown;
}

/** Stubs `fetch` for the import endpoint only: each call answers with the next of `answers`. */
function stubImport(answers: { status: number; body: unknown }[]): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
    sent.push({
      url,
      method: init.method,
      credentials: init.credentials,
      headers: init.headers as Record<string, string>,
      body: init.body,
    });
    const answer = answers.shift();
    if (!answer) return Promise.reject(new TypeError('no answer'));
    return Promise.resolve(
      new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  });
  return sent;
}

function renderImport() {
  const fixture = fixtureLink({
    Workspace: () => ({ data: workspaceData }),
    CurrentUser: () => ({ data: currentUserData }),
    PlanImport: () => ({ data: PLAN }),
  });
  renderApp(`/console/plans/${PLAN_SLUG}/import`, { link: fixture.link });
  return fixture;
}

function choose(name: string, text = 'reference,title\n') {
  const input = screen.getByLabelText<HTMLInputElement>('File to import');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/csv' })] } });
  fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('PlanImportPage', () => {
  it('checks a file as a dry run, keeps Apply off while it has errors, then applies the fixed file', async () => {
    const sent = stubImport([
      { status: 200, body: WITH_ERROR },
      { status: 200, body: FIXED },
      { status: 200, body: { ...FIXED, applied: true } },
    ]);
    const fixture = renderImport();

    await screen.findByRole('heading', { level: 1, name: 'Import from a spreadsheet' }, LAZY);
    expect(document.title).toBe('Import into Plan A – Console – Action Plan Tracker');
    expect(screen.getByRole('link', { name: /download it as spreadsheet files/ }).getAttribute('href')).toBe(
      '/data/lmn/plan-a.zip',
    );

    choose('milestones (1).csv');
    const heading = await screen.findByRole('heading', { level: 2, name: 'What milestones (1).csv would change' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(sent[0]).toMatchObject({
      url: '/data/lmn/import?dryRun=true&plan=plan-a',
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'text/csv', 'X-File-Name': 'milestones%20(1).csv' },
    });
    expect(new TextDecoder().decode(sent[0]?.body as ArrayBuffer)).toBe('reference,title\n');

    screen.getByRole('alert');
    expect(screen.getByText('Row 4 · C1 M3').closest('li')?.textContent).toContain(
      'milestones.csv, row 4, column due_date: not a date',
    );
    const apply = screen.getByRole('button', { name: 'Apply' });
    expect(apply.getAttribute('aria-disabled')).toBe('true');
    expect(apply.getAttribute('aria-describedby')).toBeTruthy();
    screen.getByText('Fix the errors in your file and check it again before it can be imported.');
    fireEvent.click(apply);
    expect(sent).toHaveLength(1);

    choose('milestones.csv');
    await screen.findByText(
      'Applies the 2 changes below in one go, each recorded in the history with you as its author.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    const enabled = screen.getByRole('button', { name: 'Apply' });
    expect(enabled.getAttribute('aria-disabled')).toBe('false');

    fireEvent.click(enabled);
    const done = await screen.findByText('Imported milestones.csv');
    expect(sent[2]).toMatchObject({ url: '/data/lmn/import?dryRun=false&plan=plan-a', method: 'POST' });
    expect(sent[2]?.body).toBe(sent[1]?.body);
    const notice = done.closest('.notice');
    if (!(notice instanceof HTMLElement)) throw new Error('no notice');
    expect(notice.textContent).toContain('1 row updated and 1 row added');
    expect(within(notice).getByRole('link', { name: 'See the plan’s public dashboard' }).getAttribute('href')).toBe(
      '/lmn/plan-a',
    );
    expect(within(notice).getByRole('link', { name: 'Edit the plan' }).getAttribute('href')).toBe(
      '/console/plans/plan-a',
    );
    // What the pages read before the import is read again.
    await waitFor(() => expect(fixture.requests.filter((r) => r.operationName === 'PlanImport')).toHaveLength(2));
    screen.getByText('Imported milestones.csv');
  });

  it('says why a file could not be read at all, and refuses other kinds of file before sending', async () => {
    const sent = stubImport([
      { status: 400, body: { error: 'The file is not UTF-8: save it as CSV UTF-8.' } },
      { status: 413, body: { error: 'The file is 21 MB: an upload may be 20 MB at most.' } },
    ]);
    renderImport();
    await screen.findByRole('heading', { level: 1, name: 'Import from a spreadsheet' }, LAZY);

    choose('milestones.csv');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('milestones.csv could not be checked');
    expect(alert.textContent).toContain('The file is not UTF-8: save it as CSV UTF-8.');

    choose('milestones.csv');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('an upload may be 20 MB at most'));

    choose('milestones.xlsx');
    const input = screen.getByLabelText('File to import');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    screen.getByText('Choose a .zip, .json or .csv file: other kinds cannot be imported.');
    expect(sent).toHaveLength(2);
  });

  it('asks for the file again when it changed on disk after it was chosen, and sends nothing', async () => {
    const sent = stubImport([]);
    renderImport();
    await screen.findByRole('heading', { level: 1, name: 'Import from a spreadsheet' }, LAZY);
    const input = screen.getByLabelText<HTMLInputElement>('File to import');
    const file = new File(['reference,title\n'], 'milestones.csv', { type: 'text/csv' });
    // What a browser does with a file saved again since it was chosen: it can no longer read it.
    file.arrayBuffer = () => Promise.reject(new DOMException('The file changed.', 'NotReadableError'));
    fireEvent.change(input, { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));

    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    screen.getByText('milestones.csv could not be read: it was changed or moved after you chose it. Choose it again.');
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(sent).toHaveLength(0);
  });

  it('asks for a file when none is chosen', async () => {
    const sent = stubImport([]);
    renderImport();
    await screen.findByRole('heading', { level: 1, name: 'Import from a spreadsheet' }, LAZY);

    fireEvent.click(screen.getByRole('button', { name: 'Check the file' }));

    screen.getByText('Choose the file to check first.');
    expect(document.activeElement).toBe(screen.getByLabelText('File to import'));
    expect(sent).toHaveLength(0);
  });

  it('will not apply a file that is for another plan', async () => {
    stubImport([{ status: 200, body: { ...FIXED, plan: { slug: 'plan-b', exists: true } } }]);
    renderImport();
    await screen.findByRole('heading', { level: 1, name: 'Import from a spreadsheet' }, LAZY);

    choose('plan.json');

    await screen.findByText(/This file is for the plan “plan-b”, not this one/);
    expect(screen.getByRole('button', { name: 'Apply' }).getAttribute('aria-disabled')).toBe('true');
  });
});
