import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithRouter } from '../../test/render';
import { defineFields, type FormValues, type InputValues } from './fieldSpec';
import { useEditForm } from './useEditForm';
import { EditForm } from './EditForm';

/** The fields of a milestone, as an editor of the console describes them. */
const FIELDS = defineFields([
  { name: 'title', label: 'Title', required: true, maxLength: 300 },
  { name: 'dueDate', label: 'Due date', kind: 'date', short: true },
  { name: 'description', label: 'Description', kind: 'multiline', rows: 3, maxLength: 5000 },
]);

type Name = (typeof FIELDS)[number]['name'];
type Server = { values: FormValues<Name>; version: number };

const LOADED: Server = {
  values: { title: 'First quarterly report', dueDate: '2026-03-27', description: 'Numbers by region.' },
  version: 1,
};

function apiError(code: string, extensions: Record<string, unknown> = {}, message = 'Refused') {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, ...extensions } }] });
}

interface Api {
  save: (input: InputValues<Name>, version: number, server: Server) => Server | Error;
  reload?: (server: Server) => Server;
}

/** The hook and the form over a pretend server whose item lives in state. */
function Harness({ api }: { api: Api }) {
  const [server, setServer] = useState(LOADED);
  const form = useEditForm({
    fields: FIELDS,
    saved: server.values,
    version: server.version,
    save: async (input, version) => {
      const answer = api.save(input, version, server);
      if (answer instanceof Error) throw answer;
      setServer(answer);
    },
    reload: async () => {
      if (api.reload) setServer(api.reload(server));
    },
  });
  return <EditForm form={form} label="Edit the milestone" />;
}

function renderForm(api: Api) {
  const save = vi.fn(api.save);
  renderWithRouter(<Harness api={{ ...api, save }} />, '/console/plans/plan-a/commitments/C4');
  return save;
}

const title = () => screen.getByLabelText<HTMLInputElement>('Title');
const description = () => screen.getByLabelText<HTMLTextAreaElement>('Description (optional)');

describe('useEditForm and EditForm', () => {
  it('sends only the changed fields with the version loaded, an emptied optional field as null', async () => {
    const save = renderForm({
      save: (input, version, server) => ({
        values: { ...server.values, ...input, dueDate: '' } as FormValues<Name>,
        version: version + 1,
      }),
    });

    fireEvent.change(title(), { target: { value: 'First quarterly report, by region' } });
    fireEvent.change(screen.getByLabelText('Due date (optional)'), { target: { value: '' } });
    screen.getByText('Not saved yet: Title, Due date');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByText('Saved. The change is in the history.');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0][0]).toEqual({ title: 'First quarterly report, by region', dueDate: null });
    expect(save.mock.calls[0][1]).toBe(1);
    expect(title().value).toBe('First quarterly report, by region');
  });

  it('on a conflict shows the version saved meanwhile beside what was typed, and re-applies it onto the new version', async () => {
    const theirs: Server = {
      values: { ...LOADED.values, title: 'Quarterly report one', description: 'Numbers by region and by month.' },
      version: 2,
    };
    const save = renderForm({
      save: (input, version, server) =>
        version === server.version
          ? { values: { ...server.values, ...input } as FormValues<Name>, version: version + 1 }
          : apiError('CONFLICT', { currentVersion: server.version }),
      reload: () => theirs,
    });
    // The other person's save lands on the server before this one.
    save.mockImplementationOnce(() => apiError('CONFLICT', { currentVersion: 2 }));

    fireEvent.change(title(), { target: { value: 'The first quarterly report' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const panel = await screen.findByRole('group', { name: 'Someone else saved this while you were editing' });
    await within(panel).findByText('Saved meanwhile');
    const field = within(panel).getByText('Title').closest('li') as HTMLElement;
    expect(within(field).getByText('Saved meanwhile').nextElementSibling?.textContent).toBe('Quarterly report one');
    expect(within(field).getByText('Yours').nextElementSibling?.textContent).toBe('The first quarterly report');
    within(panel).getByText(/They also changed “Description”/);
    // Nothing typed is lost while the choice is open; what they saved shows where it was not typed over.
    expect(title().value).toBe('The first quarterly report');
    expect(description().value).toBe('Numbers by region and by month.');
    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe('Someone else saved this while you were editing'),
    );

    fireEvent.click(within(panel).getByRole('button', { name: 'Apply my changes to the new version' }));

    await screen.findByText('Saved. The change is in the history.');
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1][0]).toEqual({ title: 'The first quarterly report' });
    expect(save.mock.calls[1][1]).toBe(2);
    expect(title().value).toBe('The first quarterly report');
    expect(description().value).toBe('Numbers by region and by month.');
    expect(screen.queryByRole('group', { name: /Someone else saved/ })).toBeNull();
  });

  it('on a conflict can drop what was typed and take the version saved meanwhile', async () => {
    const save = renderForm({
      save: () => apiError('CONFLICT', { currentVersion: 2 }),
      reload: () => ({ values: { ...LOADED.values, title: 'Quarterly report one' }, version: 2 }),
    });

    fireEvent.change(title(), { target: { value: 'Mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const panel = await screen.findByRole('group', { name: 'Someone else saved this while you were editing' });
    fireEvent.click(await within(panel).findByRole('button', { name: 'Discard mine and use theirs' }));

    expect(title().value).toBe('Quarterly report one');
    screen.getByText('Your changes were dropped; the form shows the version saved meanwhile.');
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('shows a refused value on its field and moves the focus there', async () => {
    renderForm({ save: () => apiError('BAD_USER_INPUT', { field: 'title' }, 'title must not be empty') });

    fireEvent.change(title(), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByText('title must not be empty');
    expect(title().getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(title()));
    screen.getByText('Not saved: check “Title”.');
  });

  it('keeps what was typed when the session has ended, and offers to sign in again in a new tab', async () => {
    renderForm({ save: () => apiError('UNAUTHENTICATED') });

    fireEvent.change(description(), { target: { value: 'A long text typed with care.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const link = await screen.findByRole('link', { name: 'Sign in again (opens in a new tab)' });
    expect(link.getAttribute('href')).toBe('/sign-in?next=%2Fconsole%2Fplans%2Fplan-a%2Fcommitments%2FC4');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(description().value).toBe('A long text typed with care.');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Save changes' }).getAttribute('aria-disabled')).toBe('false'),
    );
  });
});
