import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCache } from '../../../apollo/client';
import { createMemoryHistory, RouterProvider } from '../../../router';
import { apiErrorResult, fixtureLink, type FixtureHandler } from '../../../test/link';
import { StatusComposer, type StatusComposerProps } from './StatusComposer';

const COMMITMENT = { type: 'COMMITMENT' as const, id: 'c6', label: 'C6 · Measures to improve representation' };
const POSTED = {
  data: {
    postStatusUpdate: {
      __typename: 'StatusUpdate',
      id: 'e1',
      lens: 'ASSESSMENT',
      status: 'COMPLETE',
      createdAt: '2026-05-01T10:00:00.000Z',
    },
  },
};

function renderComposer(post: FixtureHandler = () => POSTED, props: Partial<StatusComposerProps> = {}) {
  const fixture = fixtureLink({ PostStatusUpdate: post });
  const onPosted = vi.fn();
  const ui = (
    <MockedProvider link={fixture.link} cache={createCache()}>
      <RouterProvider history={createMemoryHistory('/console/plans/islamophobia-action-plan/commitments/C6')}>
        <StatusComposer subject={COMMITMENT} lenses={['ASSESSMENT', 'PARTY_REPORTED']} onPosted={onPosted} {...props} />
      </RouterProvider>
    </MockedProvider>
  );
  const view = render(ui);
  return { ...fixture, onPosted, ui, view };
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Post update' }));
const type = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

function fillSource(index: number, source: { url: string; title: string; kind: string; publishedOn?: string }) {
  const row = within(screen.getByRole('group', { name: `Source ${index}` }));
  type(row.getByLabelText('Link'), source.url);
  type(row.getByLabelText('Title'), source.title);
  type(row.getByLabelText('Kind of source'), source.kind);
  if (source.publishedOn) type(row.getByLabelText('Published (optional)'), source.publishedOn);
}

beforeEach(() => {
  window.localStorage.clear();
});

describe('StatusComposer', () => {
  it('explains the rules before anything is sent', () => {
    renderComposer();
    const status = screen.getByRole('group', { name: 'Status' });
    within(status).getByText(
      'Substantial and Complete need at least one piece of public evidence. Abandoned needs a reason.',
    );
    expect(within(status).getByRole('radio', { name: 'Complete' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(within(status).getAllByText('needs evidence')).toHaveLength(2);
    within(status).getByText('needs a reason');
    const lens = screen.getByRole('group', { name: 'Lens' });
    within(lens).getByText('The party’s own account. Posted by the executive, it is shown as “on the party’s behalf”.');
  });

  it('offers a milestone its own scale, in the assessment lens only', () => {
    renderComposer(undefined, {
      subject: { type: 'MILESTONE', id: 'm1', label: 'First report' },
      lenses: ['ASSESSMENT'],
    });
    expect(screen.queryByRole('group', { name: 'Lens' })).toBeNull();
    const radios = within(screen.getByRole('group', { name: 'Status' })).getAllByRole('radio');
    expect(radios.map((radio) => radio.parentElement?.querySelector('label')?.textContent)).toEqual([
      'Not started',
      'In progress',
      'At risk',
      'Complete',
      'Missed',
    ]);
    screen.getByText('Complete needs at least one piece of public evidence. At risk and Missed need a reason.');
  });

  it('refuses Complete without evidence next to the evidence list, and sends nothing', async () => {
    const { requests } = renderComposer();
    fireEvent.click(screen.getByRole('radio', { name: 'Complete' }));
    // Choosing Complete opens a first source row; left blank, it does not count.
    screen.getByRole('group', { name: 'Source 1' });
    screen.getByText('(required for this status)');
    submit();

    const rule = await screen.findByText(/^A move to complete needs at least one piece of public evidence/);
    expect(rule.closest('fieldset')?.querySelector('legend')?.textContent).toMatch(/^Public evidence/);
    screen.getByText('The update was not posted. Check the marked fields below.');
    await waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('evidence'));
    expect(requests).toHaveLength(0);
  });

  it('asks for a reason for a setback, on the reason field', async () => {
    const { requests } = renderComposer();
    expect(screen.queryByLabelText('Reason')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Abandoned' }));
    submit();

    const reason = screen.getByLabelText('Reason');
    await waitFor(() => expect(document.activeElement).toBe(reason));
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    screen.getByText('Say why it is abandoned: choose a reason.');
    expect(requests).toHaveLength(0);

    type(reason, 'REPLACED');
    expect(screen.queryByText('Say why it is abandoned: choose a reason.')).toBeNull();
  });

  it('posts a complete assessment with its evidence, then clears the draft and says so', async () => {
    const { requests, onPosted } = renderComposer();
    fireEvent.click(screen.getByRole('radio', { name: 'Complete' }));
    type(screen.getByLabelText('What has happened (optional)'), 'Targets **published**.');
    fillSource(1, {
      url: 'https://example.org/targets',
      title: 'Representation targets',
      kind: 'OFFICIAL_DOCUMENT',
      publishedOn: '2026-04-30',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add another source' }));
    await waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('evidence.1.url'));
    fillSource(2, { url: 'https://example.org/news', title: 'News report', kind: 'MEDIA' });
    const post = screen.getByRole('button', { name: 'Post update' });
    fireEvent.click(post);
    // An impatient second click posts nothing more: entries are permanent.
    fireEvent.click(post);

    await screen.findByText('Update posted: the assessment is now Complete. It is part of the public record.');
    expect(requests).toEqual([
      {
        operationName: 'PostStatusUpdate',
        variables: {
          input: {
            subjectType: 'COMMITMENT',
            subjectId: 'c6',
            lens: 'ASSESSMENT',
            status: 'COMPLETE',
            narrative: 'Targets **published**.',
            reasonCode: null,
            evidence: [
              {
                url: 'https://example.org/targets',
                title: 'Representation targets',
                kind: 'OFFICIAL_DOCUMENT',
                publishedOn: '2026-04-30',
              },
              { url: 'https://example.org/news', title: 'News report', kind: 'MEDIA', publishedOn: null },
            ],
          },
        },
      },
    ]);
    expect(onPosted).toHaveBeenCalledTimes(1);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Complete' }).checked).toBe(false);
    expect(screen.queryByRole('group', { name: 'Source 1' })).toBeNull();
    expect(Object.keys(window.localStorage)).toEqual([]);
  });

  it('puts the server’s refusal on the field it names, counting only the sources sent', async () => {
    const { requests } = renderComposer(() =>
      apiErrorResult('BAD_USER_INPUT', { field: 'evidence.0.url' }, 'url must be an http or https address'),
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Limited' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a source' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add another source' }));
    fillSource(2, { url: 'https://example.org/x', title: 'Minutes', kind: 'PUBLIC_STATEMENT' });
    submit();

    await screen.findByText('url must be an http or https address');
    const link = within(screen.getByRole('group', { name: 'Source 2' })).getByLabelText('Link');
    expect(link.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(link));
    expect((requests[0].variables.input as { evidence: unknown[] }).evidence).toHaveLength(1);
  });

  it('puts a refused narrative on the narrative, shown for writing', async () => {
    renderComposer(() => apiErrorResult('BAD_USER_INPUT', { field: 'narrative' }, 'narrative must be text'));
    fireEvent.click(screen.getByRole('radio', { name: 'Not started' }));
    type(screen.getByLabelText('What has happened (optional)'), 'Nothing yet.');
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    submit();

    await screen.findByText('narrative must be text');
    const narrative = screen.getByLabelText('What has happened (optional)');
    expect(narrative.hidden).toBe(false);
    expect(narrative.getAttribute('aria-invalid')).toBe('true');
  });

  it('previews the narrative as the public page will show it', async () => {
    renderComposer();
    type(screen.getByLabelText('What has happened (optional)'), 'The targets are **published**.');
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect((await within(preview).findByText('published')).tagName).toBe('STRONG');
    expect(screen.getByRole('button', { name: 'Preview' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Write' }));
    expect(screen.getByLabelText<HTMLTextAreaElement>('What has happened (optional)').value).toBe(
      'The targets are **published**.',
    );
  });

  it('restores an unsent update after a reload, and can discard it', async () => {
    const first = renderComposer();
    fireEvent.click(screen.getByRole('radio', { name: 'Party’s account' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Substantial' }));
    type(screen.getByLabelText('What has happened (optional)'), 'Half done.');
    fillSource(1, { url: 'https://example.org/a', title: 'A', kind: 'MEDIA' });
    first.view.unmount();

    renderComposer();
    screen.getByText('Draft restored.');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Party’s account' }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Substantial' }).checked).toBe(true);
    expect(screen.getByLabelText<HTMLTextAreaElement>('What has happened (optional)').value).toBe('Half done.');
    expect(screen.getByLabelText<HTMLInputElement>('Link').value).toBe('https://example.org/a');

    fireEvent.click(screen.getByRole('button', { name: 'Discard draft' }));
    expect(screen.queryByText('Draft restored.')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Assessment' })));
    expect(screen.getByLabelText<HTMLTextAreaElement>('What has happened (optional)').value).toBe('');
    expect(Object.keys(window.localStorage)).toEqual([]);
  });

  it('keeps everything typed when the session has ended, with a way to sign in again', async () => {
    renderComposer(() => apiErrorResult('UNAUTHENTICATED', {}, 'Sign in first.'));
    fireEvent.click(screen.getByRole('radio', { name: 'Not started' }));
    type(screen.getByLabelText('What has happened (optional)'), 'No sign of work.');
    submit();

    await screen.findByText(/Your session has ended\. Sign in again to save; what you typed is kept\./);
    const link = screen.getByRole('link', { name: 'Sign in again (opens in a new tab)' });
    expect(link.getAttribute('href')).toBe(
      '/sign-in?next=%2Fconsole%2Fplans%2Fislamophobia-action-plan%2Fcommitments%2FC6',
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(screen.getByLabelText<HTMLTextAreaElement>('What has happened (optional)').value).toBe('No sign of work.');
    expect(window.localStorage.length).toBe(1);
  });
});
