import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureLink } from '../../../test/link';
import { renderApp } from '../../../test/render';

const ORG = 'labour-muslim-network';
const PLAN = 'islamophobia-action-plan';
const plan = {
  __typename: 'ActionPlan',
  id: 'p1',
  slug: PLAN,
  title: 'Islamophobia Action Plan',
  counterpart: 'Labour Party',
  publishedAt: '2021-03-15T00:00:00.000Z',
  organisation: { __typename: 'Organisation', slug: ORG, name: 'Labour Muslim Network' },
  reports: [
    {
      __typename: 'Report',
      slug: 'the-report',
      recommendations: [{ __typename: 'Recommendation', id: 'r2' }],
    },
  ],
};

const entry = {
  __typename: 'StatusUpdate',
  id: 'e1',
  createdAt: '2022-06-21T10:00:00.000Z',
  narrative: 'Delivered as agreed.',
  onBehalfOfParty: false,
  author: { __typename: 'User', id: 'u1', displayName: 'Party liaison (demo)', role: 'LIAISON' },
};

const roundtable = (overrides: Record<string, unknown>) => ({
  __typename: 'Roundtable',
  id: 'r1',
  title: 'Members’ roundtable',
  description: 'About **complaints**.',
  audience: 'MEMBERS',
  startsAt: '2026-06-10T17:30:00.000Z',
  endsAt: '2026-06-10T19:00:00.000Z',
  location: 'Community hall',
  online: false,
  capacity: 2,
  placesLeft: 0,
  registrationOpen: true,
  status: 'UPCOMING',
  cancellationReason: null,
  attendance: null,
  registeredCount: 2,
  waitingCount: 1,
  retentionDays: 90,
  personalDataErasedAt: '2026-09-08T19:00:00.000Z',
  plan,
  asks: [],
  ...overrides,
});

const commitmentLink = {
  __typename: 'RoundtableAskLink',
  id: 'l1',
  recommendation: null,
  milestone: null,
  commitment: {
    __typename: 'Commitment',
    id: 'c1',
    reference: 'C1',
    title: 'Establish an independent process',
    assessment: 'COMPLETE',
    partyReported: 'COMPLETE',
    deadline: 'MET',
    assessmentEntry: { ...entry, id: 'e0', createdAt: '2022-06-20T10:00:00.000Z' },
    partyReportedEntry: entry,
  },
};

const recommendationLink = {
  __typename: 'RoundtableAskLink',
  id: 'l2',
  recommendation: {
    __typename: 'Recommendation',
    id: 'r2',
    reference: 'R2',
    title: 'Make the handling of complaints independent',
    response: 'ACCEPTED_IN_FULL',
  },
  milestone: null,
  commitment: null,
};

const ask = (id: string, statement: string, links: unknown[]) => ({
  __typename: 'RoundtableAsk',
  id,
  statement,
  theme: 'Complaints',
  raisedBy: 12,
  answered: links.length > 0,
  links,
});

function renderRoundtable(data: Record<string, unknown>, handlers = {}) {
  const fixture = fixtureLink({ RoundtablePage: () => ({ data: { roundtable: data } }), ...handlers });
  renderApp(`/${ORG}/${PLAN}/roundtables/r1`, { link: fixture.link });
  return fixture;
}

describe('RoundtablePage', () => {
  it('shows a full roundtable in UK time, and registering puts the person on the waiting list with their cancel link', async () => {
    const fixture = renderRoundtable(roundtable({}), {
      RegisterForRoundtable: () => ({
        data: {
          registerForRoundtable: {
            __typename: 'RoundtableRegistrationResult',
            roundtableId: 'r1',
            alreadyRegistered: false,
            status: 'WAITING',
            waitingPosition: 2,
            cancelUrl: `https://tracker.example.org/${ORG}/${PLAN}/roundtables/r1/cancel#secret`,
            joiningLink: null,
          },
        },
      }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Members’ roundtable' });
    screen.getByText('Wednesday 10 June 2026, 18:30 to 20:00 (UK time)');
    screen.getByText('Full: waiting list (1 person waiting)');
    screen.getByText(/deleted 90 days after the roundtable, on 8 September 2026/);

    const form = screen.getByRole('form', { name: 'Register' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'A Member' } });
    fireEvent.change(within(form).getByLabelText(/^Email/), { target: { value: 'member@example.org' } });
    fireEvent.click(within(form).getByLabelText(/I agree/));
    fireEvent.click(within(form).getByRole('button', { name: 'Join the waiting list' }));

    await screen.findByRole('heading', { name: 'You are on the waiting list' });
    screen.getByText(/You are number 2 on the waiting list/);
    expect(screen.getByRole('link', { name: /cancel#secret$/ }).getAttribute('href')).toContain('/cancel#secret');
    expect(fixture.requests.find((r) => r.operationName === 'RegisterForRoundtable')?.variables).toEqual({
      input: {
        roundtableId: 'r1',
        name: 'A Member',
        email: 'member@example.org',
        role: null,
        accessNeeds: null,
        consent: true,
        website: null,
      },
    });
  });

  it('an address registered already is told so, and shown no link', async () => {
    renderRoundtable(roundtable({}), {
      RegisterForRoundtable: () => ({
        data: {
          registerForRoundtable: {
            __typename: 'RoundtableRegistrationResult',
            roundtableId: 'r1',
            alreadyRegistered: true,
            status: 'CONFIRMED',
            waitingPosition: null,
            cancelUrl: null,
            joiningLink: null,
          },
        },
      }),
    });
    const form = await screen.findByRole('form', { name: 'Register' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'A Member' } });
    fireEvent.change(within(form).getByLabelText(/^Email/), { target: { value: 'member@example.org' } });
    fireEvent.click(within(form).getByLabelText(/I agree/));
    fireEvent.click(within(form).getByRole('button', { name: 'Join the waiting list' }));

    await screen.findByRole('heading', { name: 'This email address is registered already' });
    expect(screen.queryByRole('link', { name: /cancel/ })).toBeNull();
  });

  it('once held, shows each ask beside what answers it, and an unanswered ask as a gap', async () => {
    renderRoundtable(
      roundtable({
        status: 'HELD',
        registrationOpen: false,
        attendance: 40,
        asks: [
          ask('a1', 'Investigate complaints independently.', [recommendationLink, commitmentLink]),
          ask('a2', 'Pay travel costs.', []),
        ],
      }),
    );
    const saidDid = await screen.findByRole('region', { name: 'You said, we did' });
    expect(screen.queryByRole('form', { name: 'Register' })).toBeNull();
    screen.getByText('40 people');

    const answered = within(saidDid).getByRole('article', { name: 'Investigate complaints independently.' });
    expect(within(answered).getByRole('link', { name: /^C1 / }).getAttribute('href')).toBe(
      `/${ORG}/${PLAN}/commitments/C1`,
    );
    // A recommendation leads to its place in its report.
    expect(within(answered).getByRole('link', { name: /^R2 / }).getAttribute('href')).toBe(
      `/${ORG}/reports/the-report#recommendation-R2`,
    );
    // The later of the two ledger entries is shown.
    within(answered).getByText(/Latest update, 21 June 2022 by Party liaison/);

    const gap = within(saidDid).getByRole('article', { name: 'Pay travel costs.' });
    within(gap).getByText('Gap: nothing answers this yet');
    within(saidDid).getByText('A gap: raised here, not answered by the plan yet');
  });
});
