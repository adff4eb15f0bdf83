import type { ApolloLink } from '@apollo/client';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { commitmentC3Data, ORG, PLAN } from '../../../test/fixtures/demo';
import { fixtureLink, type FixtureHandler } from '../../../test/link';
import { renderApp } from '../../../test/render';

const PAGE = `/${ORG}/${PLAN}/commitments/C3`;
const PLAN_ID = commitmentC3Data.plan!.id;
const COMMITMENT_ID = commitmentC3Data.plan!.commitment!.id;
const FIRST_COMMENT_ID = '3a70599a-3428-4a99-98ad-aa80890877be';

const LIAISON = { __typename: 'User', id: 'u-liaison', displayName: 'Sam Example', role: 'LIAISON' };
const EXECUTIVE = { __typename: 'User', id: 'u-exec', displayName: 'Jo Example', role: 'EXECUTIVE' };

const ADDED = {
  data: {
    addComment: { __typename: 'Comment', id: 'new', kind: 'COMMENT', stance: null, createdAt: '2026-05-01T10:00:00Z' },
  },
};

function workspace(planIds: string[]): ApolloLink.Result {
  return {
    data: {
      workspace: {
        __typename: 'Workspace',
        plans: planIds.map((id) => ({ __typename: 'ActionPlan', id, slug: `plan-${id}` })),
      },
    },
  };
}

function renderAs(me: typeof LIAISON | null, handlers: Record<string, FixtureHandler> = {}) {
  const fixture = fixtureLink({
    CommitmentPage: () => ({ data: commitmentC3Data }),
    CurrentUser: () => ({ data: { me } }),
    ParticipationWorkspace: () => workspace([PLAN_ID]),
    AddComment: () => ADDED,
    ...handlers,
  });
  renderApp(PAGE, { link: fixture.link });
  const count = (operationName: string) =>
    fixture.requests.filter((request) => request.operationName === operationName).length;
  return { ...fixture, count };
}

const type = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

async function commentsRegion() {
  return screen.findByRole('region', { name: 'Comments and responses' });
}

/** The signed-in forms are a lazy chunk: the first test to need them waits for its import. */
async function signedInComments() {
  const comments = await commentsRegion();
  await within(comments).findByRole('form', { name: 'Add a comment' }, { timeout: 5000 });
  await within(comments).findAllByRole('button', { name: /^Reply to / });
  return comments;
}

beforeEach(() => {
  window.localStorage.clear();
});

describe('CommitmentPage for people who take part', () => {
  it('asks anonymous visitors to sign in, and offers them no forms', async () => {
    const { count } = renderAs(null);
    const comments = await commentsRegion();
    const link = await within(comments).findByRole('link', { name: 'Sign in to comment' });
    expect(link.getAttribute('href')).toBe(`/sign-in?next=${encodeURIComponent(PAGE)}`);
    expect(within(comments).queryByRole('button', { name: /^Reply/ })).toBeNull();
    expect(screen.queryByRole('form')).toBeNull();
    expect(count('ParticipationWorkspace')).toBe(0);
  });

  it('lets a signed-in person comment; the page then shows it from the server', async () => {
    const { requests, count } = renderAs(EXECUTIVE);
    const comments = await signedInComments();
    const form = within(comments).getByRole('form', { name: 'Add a comment' });
    expect(within(comments).queryByRole('link', { name: 'Sign in to comment' })).toBeNull();
    within(form).getByText(/Public, shown as “Jo Example, executive”/);

    fireEvent.click(within(form).getByRole('button', { name: 'Post comment' }));
    await within(form).findByText('Write your comment first.');
    expect(count('AddComment')).toBe(0);

    type(within(form).getByLabelText('Your comment'), 'When will the guidance be **published**?');
    fireEvent.click(within(form).getByRole('button', { name: 'Post comment' }));

    await within(form).findByText('Comment posted.');
    expect(requests.find((request) => request.operationName === 'AddComment')?.variables).toEqual({
      input: {
        commitmentId: COMMITMENT_ID,
        parentId: null,
        kind: 'COMMENT',
        body: 'When will the guidance be **published**?',
      },
    });
    await waitFor(() => expect(count('CommitmentPage')).toBe(2));
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Your comment').value).toBe('');
    // An executive is not the party's liaison: no right of reply, and no need to ask.
    expect(screen.queryByRole('region', { name: 'The party’s right of reply' })).toBeNull();
    expect(count('ParticipationWorkspace')).toBe(0);
  });

  it('replies in a thread, under the comment answered', async () => {
    const { requests } = renderAs(EXECUTIVE);
    const comments = await signedInComments();
    const [reply] = within(comments).getAllByRole('button', { name: 'Reply to Party liaison (demo)' });
    fireEvent.click(within(comments).getByRole('button', { name: 'Reply to LMN executive (demo)' }));
    expect(reply.getAttribute('aria-expanded')).toBe('false');

    const form = within(comments).getByRole('form', { name: 'Reply to LMN executive (demo)' });
    type(within(form).getByLabelText('Your reply to LMN executive (demo)'), 'Thank you.');
    fireEvent.click(within(form).getByRole('button', { name: 'Post reply' }));

    await within(comments).findByText('Reply posted.');
    expect(within(comments).queryByRole('form', { name: 'Reply to LMN executive (demo)' })).toBeNull();
    expect(requests.find((request) => request.operationName === 'AddComment')?.variables).toMatchObject({
      input: { parentId: FIRST_COMMENT_ID, kind: 'COMMENT', body: 'Thank you.' },
    });
  });

  it('gives a liaison of the plan the right of reply, answering the latest assessment', async () => {
    const { requests, count } = renderAs(LIAISON, {
      AddComment: () => ({ data: { addComment: { ...ADDED.data.addComment, kind: 'RESPONSE', stance: 'DISAGREE' } } }),
    });
    const section = await screen.findByRole('region', { name: 'The party’s right of reply' }, { timeout: 5000 });
    const form = within(section).getByRole('form', { name: 'Respond to the assessment' });
    within(form).getByText(/You are answering Labour Muslim Network’s assessment of/);
    within(form).getByText('7 November 2025');
    within(form).getByText('Limited');

    fireEvent.click(within(form).getByRole('button', { name: 'Post response' }));
    await within(form).findByText('Say whether the party agrees or disagrees with the assessment.');
    expect(count('AddComment')).toBe(0);

    fireEvent.click(within(form).getByRole('radio', { name: 'The party disagrees' }));
    type(within(form).getByLabelText('The party’s response'), 'Panels have been briefed.');
    fireEvent.click(within(form).getByRole('button', { name: 'Post response' }));

    await within(form).findByText('Response posted. It is shown with the comments.');
    expect(requests.find((request) => request.operationName === 'AddComment')?.variables).toEqual({
      input: { commitmentId: COMMITMENT_ID, kind: 'RESPONSE', stance: 'DISAGREE', body: 'Panels have been briefed.' },
    });
    await waitFor(() => expect(count('CommitmentPage')).toBe(2));

    // The party's account, in its own lens only.
    const composer = within(section).getByRole('form', { name: /^New update/ });
    within(composer).getByText(/This is the party’s own account/);
    expect(within(composer).queryByRole('group', { name: 'Lens' })).toBeNull();
  });

  it('gives a liaison of another plan no right of reply here', async () => {
    const { count } = renderAs(LIAISON, { ParticipationWorkspace: () => workspace(['another-plan']) });
    await signedInComments();
    await waitFor(() => expect(count('ParticipationWorkspace')).toBe(1));
    expect(screen.queryByRole('region', { name: 'The party’s right of reply' })).toBeNull();
  });

  it('keeps an unsent comment, reply and response across a reload', async () => {
    renderAs(LIAISON);
    const comments = await signedInComments();
    type(within(comments).getByLabelText('Your comment'), 'Half a thought');
    fireEvent.click(within(comments).getByRole('button', { name: 'Reply to LMN executive (demo)' }));
    type(within(comments).getByLabelText('Your reply to LMN executive (demo)'), 'A reply in progress');
    const section = await screen.findByRole('region', { name: 'The party’s right of reply' });
    fireEvent.click(within(section).getByRole('radio', { name: 'The party agrees' }));
    cleanup();

    renderAs(LIAISON);
    const again = await commentsRegion();
    expect((await within(again).findByLabelText<HTMLTextAreaElement>('Your comment')).value).toBe('Half a thought');
    // The reply form opens again by itself, with its words.
    const reply = await within(again).findByLabelText('Your reply to LMN executive (demo)');
    expect((reply as HTMLTextAreaElement).value).toBe('A reply in progress');
    expect(within(again).getAllByText('Draft restored.')).toHaveLength(2);
    const response = within(await screen.findByRole('region', { name: 'The party’s right of reply' })).getByRole(
      'form',
      { name: 'Respond to the assessment' },
    );
    expect(within(response).getByRole<HTMLInputElement>('radio', { name: 'The party agrees' }).checked).toBe(true);

    const newComment = within(again).getByRole('form', { name: 'Add a comment' });
    fireEvent.click(within(newComment).getByRole('button', { name: 'Discard draft' }));
    expect(within(newComment).getByLabelText<HTMLTextAreaElement>('Your comment').value).toBe('');
    expect(within(newComment).queryByText('Draft restored.')).toBeNull();
  });
});
