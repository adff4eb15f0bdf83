import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { entryId } from '../../src/follow/feed';
import { RegistrationStatus, RoundtableRegistration } from '../../src/roundtables/roundtable-registration.entity';
import { createAccount, signIn, signInDemo } from './support/accounts';
import { demoIds } from './support/demo';
import { startTestApp, TestApp, UNLIMITED_WRITES } from './support/test-app';

const ORG = 'labour-muslim-network';
const PLAN = 'islamophobia-action-plan';
const PUBLIC_URL = 'https://tracker.example.org';
const PLAN_PAGE = `${PUBLIC_URL}/${ORG}/${PLAN}`;
const DRAFT = 'follow-draft-plan';
const REGISTRANT = { name: 'Registrant Zebedee Quill', email: 'zebedee.quill@example.org' };
const JOINING = 'https://meet.example.org/j/follow-secret-room-7310';
const EVIDENCE = 'https://example.org/follow/complaints-report-2026';
const HIDDEN_BODY = 'A response the moderators hid';

interface AtomEntry {
  id: string;
  title: Text;
  link: { '@_href': string } | { '@_href': string }[];
  updated: string;
  content: Text;
}
/** A text construct as the parser gives it: a string, or its text beside its `type` attribute. */
type Text = string | { '#text': string };
interface AtomFeed {
  id: string;
  title: Text;
  entry?: AtomEntry | AtomEntry[];
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });

/** The feed as an independent parser reads it, its entries always a list. */
function parseAtom(text: string): { feed: AtomFeed; entries: AtomEntry[] } {
  const { feed } = xml.parse(text) as { feed: AtomFeed };
  const raw = feed.entry === undefined ? [] : Array.isArray(feed.entry) ? feed.entry : [feed.entry];
  const entries = raw.map((entry) => ({ ...entry, title: textOf(entry.title), content: textOf(entry.content) }));
  return { feed: { ...feed, title: textOf(feed.title) }, entries };
}
const textOf = (value: Text): string => (typeof value === 'string' ? value : value['#text']);
const hrefOf = (entry: AtomEntry): string => (Array.isArray(entry.link) ? entry.link[0] : entry.link)['@_href'];

/**
 * The Atom feeds, the iCalendar file and the badges (issue 16) over HTTP on the demo: a journey
 * of the executive and the liaison shows in them, read back with parsers of their own; drafts
 * and unknown addresses are one 404; nothing personal is ever in them; ETag, 304 and a write
 * that shows at once.
 */
describe('feeds, calendar and badges', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let executive: string;
  let liaison: string;
  const created: Record<string, string> = {};

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers });
  async function ok<T>(query: string, input: Record<string, unknown>, cookie: string): Promise<T> {
    const result = await t.gql<T>(query, { input }, cookie);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { ...UNLIMITED_WRITES, PUBLIC_URL } });
    ids = await demoIds(t);
    executive = await signInDemo(t, 'executive@example.org');
    liaison = await signInDemo(t, 'liaison@example.org');

    const status = await ok<{ postStatusUpdate: { id: string } }>(
      'mutation ($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }',
      {
        subjectType: 'COMMITMENT',
        subjectId: ids.commitment('C4'),
        lens: 'ASSESSMENT',
        status: 'SUBSTANTIAL',
        narrative: 'The complaints figures were published.',
        evidence: [{ url: EVIDENCE, title: 'Complaints report 2026', kind: 'OFFICIAL_DOCUMENT' }],
      },
      executive,
    );
    created.assessment = status.postStatusUpdate.id;
    const party = await ok<{ postStatusUpdate: { id: string } }>(
      'mutation ($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }',
      {
        subjectType: 'COMMITMENT',
        subjectId: ids.commitment('C4'),
        lens: 'PARTY_REPORTED',
        status: 'COMPLETE',
        evidence: [{ url: EVIDENCE, title: 'Complaints report 2026', kind: 'OFFICIAL_DOCUMENT' }],
      },
      liaison,
    );
    created.party = party.postStatusUpdate.id;

    const { commitment } = (
      await t.gql<{ commitment: { version: number } }>('query ($id: ID!) { commitment(id: $id) { version } }', {
        id: ids.commitment('C4'),
      })
    ).data!;
    await ok(
      'mutation ($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { id } }',
      {
        id: ids.commitment('C4'),
        version: commitment.version,
        title: 'Publish complaints figures every quarter',
        dueDate: '2027-03-31',
      },
      executive,
    );
    const response = await ok<{ addComment: { id: string } }>(
      'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
      {
        commitmentId: ids.commitment('C4'),
        body: 'The party published the figures in full.',
        kind: 'RESPONSE',
        stance: 'DISAGREE',
      },
      liaison,
    );
    created.response = response.addComment.id;
    const hidden = await ok<{ addComment: { id: string } }>(
      'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
      { commitmentId: ids.commitment('C4'), body: HIDDEN_BODY, kind: 'RESPONSE', stance: 'AGREE' },
      liaison,
    );
    created.hidden = hidden.addComment.id;
    await ok(
      'mutation ($input: HideCommentInput!) { hideComment(input: $input) { id } }',
      { id: created.hidden, reason: 'Off topic' },
      executive,
    );

    const roundtable = await ok<{ createRoundtable: { id: string; version: number } }>(
      'mutation ($input: CreateRoundtableInput!) { createRoundtable(input: $input) { id version } }',
      {
        planId: ids.planId,
        title: 'Follow-up roundtable on complaints',
        audience: 'COUNCILLORS',
        startsAt: '2031-06-10T17:00:00.000Z',
        endsAt: '2031-06-10T19:00:00.000Z',
        online: true,
        joiningLink: JOINING,
        capacity: 40,
        registrationOpen: true,
      },
      executive,
    );
    created.upcoming = roundtable.createRoundtable.id;
    // A registrant, written as the registration service writes one: their name and email must appear nowhere public.
    await t.dataSource.getRepository(RoundtableRegistration).insert({
      id: '00000000-0000-4000-8000-00000000f011',
      roundtableId: created.upcoming,
      name: REGISTRANT.name,
      email: REGISTRANT.email,
      role: null,
      accessNeeds: null,
      status: RegistrationStatus.CONFIRMED,
      position: 1,
      cancelTokenHash: null,
      cancelledAt: null,
      erasedAt: null,
      consentedAt: '2026-11-01T10:00:00.000Z',
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
    });

    const past = await ok<{ createRoundtable: { id: string; version: number } }>(
      'mutation ($input: CreateRoundtableInput!) { createRoundtable(input: $input) { id version } }',
      {
        planId: ids.planId,
        title: 'Members’ roundtable held for the feed',
        audience: 'MEMBERS',
        startsAt: '2025-05-10T17:00:00.000Z',
        endsAt: '2025-05-10T19:00:00.000Z',
        location: 'Community hall, Example Street',
      },
      executive,
    );
    created.held = past.createRoundtable.id;
    await ok(
      'mutation ($input: UpdateRoundtableInput!) { updateRoundtable(input: $input) { id } }',
      { id: created.held, version: past.createRoundtable.version, status: 'HELD', attendance: 23 },
      executive,
    );

    const { report } = (
      await t.gql<{ report: { id: string } }>('{ report(slug: "islamophobia-and-the-muslim-experience") { id } }')
    ).data!;
    const draft = await ok<{ createPlan: { id: string } }>(
      'mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id } }',
      { slug: DRAFT, title: 'Follow draft plan', counterpart: 'Labour Party', reportIds: [report.id] },
      executive,
    );
    await ok(
      'mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { id } }',
      { planId: draft.createPlan.id, reference: 'C1', title: 'A draft commitment' },
      executive,
    );
  });
  afterAll(() => t.close());

  it('the plan feed is Atom with every entry of the journey, stable ids and links to the public pages', async () => {
    const response = await get(`/feeds/${ORG}/${PLAN}.atom`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('set-cookie')).toBeNull();
    const text = await response.text();
    const { feed, entries } = parseAtom(text);
    expect(feed.title).toBe('Islamophobia Action Plan');
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.length).toBeLessThanOrEqual(50);
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const commitmentPage = `${PLAN_PAGE}/commitments/C4`;

    const assessment = byId.get(entryId(created.assessment))!;
    expect(assessment.title).toBe('C4 assessment: Substantial');
    expect(hrefOf(assessment)).toBe(commitmentPage);
    expect(assessment.content).toContain(EVIDENCE);
    const party = byId.get(entryId(created.party))!;
    expect(party.title).toBe('C4 party’s account: Complete');

    const edit = entries.find((entry) => entry.title === 'C4 wording and due date changed')!;
    expect(hrefOf(edit)).toBe(commitmentPage);
    expect(edit.content).toContain('Publish complaints figures every quarter');
    expect(edit.content).toContain('31 March 2027');
    expect(edit.content).toMatch(/<del>[^<]+<\/del> → <ins>Publish complaints figures every quarter<\/ins>/);

    const response2 = byId.get(entryId(created.response))!;
    expect(response2.title).toBe('C4 party’s response: disagrees with the assessment');
    expect(response2.content).toContain('The party published the figures in full.');

    const announced = byId.get(entryId(created.upcoming))!;
    expect(announced.title).toBe('Roundtable announced: Follow-up roundtable on complaints');
    expect(hrefOf(announced)).toBe(`${PLAN_PAGE}/roundtables/${created.upcoming}`);
    expect(announced.content).toContain('Places taken: 1');
    expect(entries.some((entry) => entry.title === 'Roundtable held: Members’ roundtable held for the feed')).toBe(
      true,
    );
    const held = entries.find((entry) => entry.title === 'Roundtable held: Members’ roundtable held for the feed')!;
    expect(held.content).toContain('People who took part: 23');
    expect(entries.some((entry) => entry.title === 'Plan published: Islamophobia Action Plan')).toBe(true);

    // Newest first, ids unique and the same on a second fetch.
    const times = entries.map((entry) => Date.parse(entry.updated));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    const again = parseAtom(await (await get(`/feeds/${ORG}/${PLAN}.atom`)).text());
    expect(again.entries.map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id));
  });

  it('a commitment feed holds that commitment’s entries only', async () => {
    const response = await get(`/feeds/${ORG}/${PLAN}/C4.atom`);
    expect(response.status).toBe(200);
    const { feed, entries } = parseAtom(await response.text());
    expect(feed.title).toContain('C4');
    expect(entries.every((entry) => hrefOf(entry) === `${PLAN_PAGE}/commitments/C4`)).toBe(true);
    expect(entries.map((entry) => entry.id)).toEqual(
      expect.arrayContaining([entryId(created.assessment), entryId(created.party), entryId(created.response)]),
    );
  });

  it('the calendar is iCalendar with every due date, the upcoming roundtable in London time and stable UIDs', async () => {
    const response = await get(`/calendar/${ORG}/${PLAN}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    expect(text).toContain('X-PUBLISHED-TTL:PT1H');
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Islamophobia Action Plan');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const byUid = new Map(events.map((event) => [event.uid, event]));

    const { data } = await t.gql<{
      plan: {
        commitments: {
          edges: {
            node: { id: string; dueDate: string | null; milestones: { id: string; dueDate: string | null }[] };
          }[];
        };
      };
    }>(
      `{ plan(slug: "${PLAN}") { commitments(first: 100) { edges { node { id dueDate milestones { id dueDate } } } } } }`,
    );
    const due = data!.plan.commitments.edges
      .flatMap(({ node }) => [node, ...node.milestones])
      .filter((row) => row.dueDate);
    for (const row of due) {
      const event = byUid.get(row.id);
      expect(event).toBeDefined();
      expect(event!.startDate.isDate).toBe(true);
      expect(event!.startDate.toString()).toBe(row.dueDate);
    }
    const c4 = byUid.get(ids.commitment('C4'))!;
    expect(c4.summary).toBe('C4 due: Publish complaints figures every quarter (assessment: Substantial; Not yet due)');

    const roundtable = byUid.get(created.upcoming)!;
    expect(roundtable.summary).toBe('Roundtable: Follow-up roundtable on complaints');
    expect(roundtable.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/London');
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/London');
    expect(roundtable.startDate.toString()).toBe('2031-06-10T18:00:00');
    expect(roundtable.location).toBe('Online');
    // Held roundtables are not upcoming.
    expect(byUid.has(created.held)).toBe(false);

    const again = new ICAL.Component(ICAL.parse(await (await get(`/calendar/${ORG}/${PLAN}.ics`)).text()));
    expect(again.getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('uid'))).toEqual(
      events.map((event) => event.uid),
    );
  });

  it('the badges are accessible SVG with the plan’s progress and the commitment’s two accounts', async () => {
    const response = await get(`/badge/${ORG}/${PLAN}.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    // Shown by other sites in an <img>, which `Cross-Origin-Resource-Policy: same-origin` would stop.
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const { svg } = xml.parse(await response.text()) as {
      svg: { '@_role': string; '@_aria-label': string; title: string };
    };
    const { data } = await t.gql<{ plan: { summary: { milestonesTotal: number; milestonesComplete: number } } }>(
      `{ plan(slug: "${PLAN}") { summary { milestonesTotal milestonesComplete } } }`,
    );
    const { milestonesTotal: total, milestonesComplete: complete } = data!.plan.summary;
    const sentence = `Islamophobia Action Plan: ${complete} of ${total} milestones complete (${Math.round((complete / total) * 100)}%).`;
    expect(svg['@_role']).toBe('img');
    expect(svg.title).toBe(sentence);
    expect(svg['@_aria-label']).toBe(sentence);

    const commitment = xml.parse(await (await get(`/badge/${ORG}/${PLAN}/C4.svg`)).text()) as {
      svg: { '@_aria-label': string; title: string };
    };
    expect(commitment.svg.title).toBe(
      'Commitment C4 of Islamophobia Action Plan: assessment Substantial; the party’s account Complete.',
    );
    expect(commitment.svg['@_aria-label']).toBe(commitment.svg.title);
  });

  it('drafts, unknown organisations, plans and commitments are one short plain-text 404, even for the executive', async () => {
    const paths = [
      `/feeds/${ORG}/${DRAFT}.atom`,
      `/feeds/${ORG}/${DRAFT}/C1.atom`,
      `/calendar/${ORG}/${DRAFT}.ics`,
      `/badge/${ORG}/${DRAFT}.svg`,
      `/badge/${ORG}/${DRAFT}/C1.svg`,
    ];
    for (const path of paths) {
      const missing = path.replace(DRAFT, 'no-such-plan');
      const [draft, unknown, signedIn] = await Promise.all([get(path), get(missing), get(path, { cookie: executive })]);
      for (const response of [draft, unknown, signedIn]) {
        expect(response.status).toBe(404);
        expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      }
      expect((await draft.text()).replace(DRAFT, 'no-such-plan')).toBe(await unknown.text());
      expect(await signedIn.text()).not.toContain('A draft commitment');
    }
    for (const path of [
      `/feeds/no-such-org/${PLAN}.atom`,
      `/feeds/${ORG}/${PLAN}/C999.atom`,
      `/badge/${ORG}/${PLAN}/C999.svg`,
      `/calendar/${ORG}/${PLAN}.atom`,
      `/badge/bame-labour/${PLAN}.svg`,
    ]) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(await response.text()).toMatch(/^There is no published plan/);
    }
  });

  it('never holds a registrant, an email, a joining link, an account’s name or a hidden response', async () => {
    const bodies = await Promise.all(
      [
        `/feeds/${ORG}/${PLAN}.atom`,
        `/feeds/${ORG}/${PLAN}/C4.atom`,
        `/calendar/${ORG}/${PLAN}.ics`,
        `/badge/${ORG}/${PLAN}.svg`,
        `/badge/${ORG}/${PLAN}/C4.svg`,
      ].map(async (path) => (await get(path)).text()),
    );
    for (const body of bodies) {
      for (const secret of [
        REGISTRANT.name,
        REGISTRANT.email,
        JOINING,
        'meet.example.org',
        '@example.org',
        'liaison@',
        'executive@',
        HIDDEN_BODY,
        created.hidden,
      ]) {
        expect(body).not.toContain(secret);
      }
    }
  });

  it('sends an ETag, answers 304 to it, and shows a write at once', async () => {
    const path = `/feeds/${ORG}/${PLAN}/C4.atom`;
    const first = await get(path);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    const repeat = await get(path, { 'if-none-match': etag });
    expect(repeat.status).toBe(304);
    const badge = await get(`/badge/${ORG}/${PLAN}/C4.svg`);
    expect((await get(`/badge/${ORG}/${PLAN}/C4.svg`, { 'if-none-match': badge.headers.get('etag')! })).status).toBe(
      304,
    );

    const later = await ok<{ postStatusUpdate: { id: string } }>(
      'mutation ($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }',
      {
        subjectType: 'COMMITMENT',
        subjectId: ids.commitment('C4'),
        lens: 'ASSESSMENT',
        status: 'LIMITED',
        narrative: 'Quarterly figures stopped.',
      },
      executive,
    );
    const after = await get(path, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    const { entries } = parseAtom(await after.text());
    expect(entries[0].id).toBe(entryId(later.postStatusUpdate.id));
    const svg = await (await get(`/badge/${ORG}/${PLAN}/C4.svg`)).text();
    expect(svg).toContain('assessment Limited');
  });

  it('is not taken for a page of the app', async () => {
    const response = await get(`/feeds/${ORG}/${PLAN}`);
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    await createAccount(t, 'follow.other@example.org', { executiveOf: 'bame-labour' });
    const other = await signIn(t, 'follow.other@example.org');
    expect((await get(`/badge/${ORG}/${PLAN}.svg`, { cookie: other })).status).toBe(200);
  });
});
