import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CommitmentsListQuery } from '../../../__generated__/graphql';
import { commitmentsListData, ORG, PLAN } from '../../../test/fixtures/demo';
import { fixtureLink } from '../../../test/link';
import { renderApp } from '../../../test/render';

const path = `/${ORG}/${PLAN}/commitments`;

function emptyResult(): CommitmentsListQuery {
  const plan = commitmentsListData.plan;
  if (!plan) throw new Error('fixture without a plan');
  return {
    plan: {
      ...plan,
      commitments: {
        ...plan.commitments,
        totalCount: 0,
        edges: [],
        pageInfo: { ...plan.commitments.pageInfo, hasNextPage: false, endCursor: null },
      },
    },
  };
}

function renderList(
  at = path,
  answer: (variables: Record<string, unknown>) => CommitmentsListQuery = () => commitmentsListData,
) {
  const fixture = fixtureLink({ CommitmentsList: (variables) => ({ data: answer(variables) }) });
  const history = renderApp(at, { link: fixture.link });
  return { ...fixture, history };
}

describe('CommitmentsListPage', () => {
  it('names the licence of a published plan’s open data under its header', async () => {
    renderList();
    const licence = await screen.findByRole('link', { name: 'CC BY 4.0' });
    expect(licence.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(licence.closest('.page-header')).not.toBeNull();
  });

  it('names no licence for a draft, which is not open data', async () => {
    renderList(path, () => ({ plan: { ...commitmentsListData.plan!, publishedAt: null } }));
    await screen.findByRole('heading', { level: 2, name: '12 commitments' });
    expect(screen.queryByText(/Open data under/)).toBeNull();
  });

  it('lists the first page of commitments with their three lenses', async () => {
    const { requests } = renderList();

    await screen.findByRole('heading', { level: 2, name: '12 commitments' });
    expect(requests[0].variables).toEqual({ slug: PLAN, first: 10, after: null });
    screen.getByText('Showing 1 to 10');
    const items = screen.getAllByRole('article');
    expect(items).toHaveLength(10);
    const c3 = items[2];
    within(c3).getByRole('link', { name: /^C3 Adopt a definition/ });
    within(c3).getByText('Limited');
    within(c3).getByText('Substantial');
    within(c3).getByText('Overdue');
    within(c3).getByText('Party’s account differs');
    expect(document.title).toBe('Commitments – Islamophobia Action Plan – Action Plan Tracker');
  });

  it('sends the filters in the address to the API', async () => {
    const { requests } = renderList(`${path}?assessment=LIMITED&deadline=OVERDUE&theme=Complaints&q=definition`);

    await screen.findByRole('heading', { level: 2, name: /match/ });
    expect(requests[0].variables).toEqual({
      slug: PLAN,
      first: 10,
      after: null,
      filter: { assessment: ['LIMITED'], deadline: ['OVERDUE'], theme: 'Complaints', search: 'definition' },
    });
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Deadline' }).value).toBe('OVERDUE');
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search commitments' }).value).toBe('definition');
    expect(document.title).toBe('Commitments (filtered) – Islamophobia Action Plan – Action Plan Tracker');
  });

  it('finds the commitments that cannot be checked, or where the two accounts differ', async () => {
    const { requests } = renderList(`${path}?checkable=no&disagreement=yes`);

    await screen.findByRole('heading', { level: 2, name: /match/ });
    expect(requests[0].variables).toMatchObject({ filter: { verifiable: false, disagreement: true } });
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Can it be checked?' }).value).toBe('no');
    screen.getByText('Can it be checked?: No: something is missing', { exact: false });
  });

  it('keeps each choice of filter in the address, so Back undoes it', async () => {
    const { history, requests } = renderList();
    await screen.findByRole('heading', { level: 2, name: '12 commitments' });

    fireEvent.change(screen.getByRole('combobox', { name: 'Deadline' }), { target: { value: 'OVERDUE' } });

    expect(history.location.search).toBe('?deadline=OVERDUE');
    await screen.findByText('Showing commitments with:');
    expect(requests[requests.length - 1].variables).toMatchObject({ filter: { deadline: ['OVERDUE'] } });

    await act(async () => history.go(-1));
    expect(history.location.search).toBe('');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Deadline' }).value).toBe('');
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    renderList(`${path}?q=nothing-like-this`, emptyResult);

    await screen.findByRole('heading', { name: 'No commitment matches this search' });
    expect(screen.getAllByRole('link', { name: 'Clear all filters' }).map((link) => link.getAttribute('href'))).toEqual(
      [path, path],
    );
  });

  it('links to the next page with its cursor, and back to the previous one', async () => {
    const { history } = renderList();
    await screen.findByRole('heading', { level: 2, name: '12 commitments' });

    const next = screen.getByRole('link', { name: 'Next page' });
    expect(next.getAttribute('href')).toBe(`${path}?after=${commitmentsListData.plan?.commitments.pageInfo.endCursor}`);
    fireEvent.click(next);

    expect(history.location.search).toContain('after=');
    const previous = await screen.findByRole('link', { name: 'Previous page' });
    expect(previous.getAttribute('href')).toBe(path);
    screen.getByText('Page 2');
  });
});
