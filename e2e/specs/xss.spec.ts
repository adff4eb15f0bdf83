import { expect, test } from '../fixtures/clock';
import type { APIRequestContext, Page } from '@playwright/test';
import { E2E_PASSWORD, ensureAccount } from '../fixtures/accounts';
import { apiSignIn, graphql, graphqlData, mutateMany } from '../fixtures/graphql';
import { waitForHydration } from '../fixtures';
import corpus from '../fixtures/xss-payloads.json';

/**
 * docs/security.md, "Content": a corpus of XSS payloads goes through comments, narratives, evidence
 * titles and commitment fields; on every page that shows them no script runs, and no on*
 * attribute or javascript: URL reaches the DOM.
 *
 * Everything is written to a plan of our own in BAME Labour (the fixtures' "member" is its
 * executive): the demo plan's figures, which other specs assert, stay as they are.
 */

interface Payload {
  id: number;
  category: string;
  payload: string;
  /** Words that must be visible once the payload is rendered as markdown. */
  text?: string;
}

/**
 * The corpus as the API takes it: a payload with a NUL character (U+0000) is refused at the door
 * with BAD_USER_INPUT on both databases (nul-characters.integration-spec.ts), so it never renders.
 */
const PAYLOADS: Payload[] = corpus.payloads.filter((p) => !p.payload.includes('\u0000'));
const ORG = 'bame-labour';
const RUN = Date.now().toString(36);
const PLAN_SLUG = `xss-corpus-${RUN}`;
const MAIN = 'XSS1';
/** Commitments XSS2… carry payloads in their title, owner and theme. */
const EXTRA_COMMITMENTS = 20;
const REPLIES = 3;

/** Payloads that fit a one-line field: no line breaks or control characters, nothing to trim. */
const oneLine = (max: number) =>
  PAYLOADS.filter(
    (p) => p.payload.length <= max && p.payload.trim() === p.payload && !/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(p.payload),
  );
const FIELD_PAYLOADS = oneLine(300);
const OWNER_PAYLOADS = oneLine(200);
const THEME_PAYLOADS = oneLine(100);
const pick = (list: Payload[], index: number) => list[index % list.length].payload;

/** Evidence addresses the API must refuse: http and https only (docs/security.md, "Content"). */
const REFUSED_EVIDENCE_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'javascript://example.org/%0Aalert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'https:javascript:alert(1)',
  '//example.org/evidence',
  'ftp://example.org/evidence',
];

/** Odd but valid http(s) addresses: accepted, and must still be harmless on the page. */
const ODD_EVIDENCE_URLS = [
  'https://example.org/"><svg/onload=window.__xss(901)>',
  'https://example.org/?q=<script>window.__xss(902)</script>',
  'https://javascript:alert(903)@example.org/',
  "http://example.org/'onmouseover='alert(904)'",
];

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function report(line: string) {
  test.info().annotations.push({ type: 'xss', description: line });
  process.stdout.write(`  xss: ${line}\n`);
}

// ---------------------------------------------------------------------------------------------
// Writing the corpus through the API

interface Posted {
  commitmentId: string;
  mainTitle: string;
  milestoneTitle: string;
  planDescription: string;
  extraTitles: string[];
  themes: string[];
  comments: number;
  narratives: number;
  evidenceTitles: string[];
  history: number;
  liaisonEmail: string;
}

/** A published plan: everyone signed in comments on it, and the anonymous pages show it. */
async function createPlan(executive: APIRequestContext, description: string) {
  const data = await graphqlData<{ createPlan: { id: string; version: number } }>(
    executive,
    `mutation CreatePlan($input: CreatePlanInput!) { createPlan(input: $input) { id version } }`,
    {
      input: {
        slug: PLAN_SLUG,
        title: `XSS corpus ${RUN}`,
        counterpart: 'Labour Party',
        description,
      },
    },
  );
  await graphqlData(executive, `mutation Publish($input: PublishPlanInput!) { publishPlan(input: $input) { id } }`, {
    input: { id: data.createPlan.id, version: data.createPlan.version },
  });
  return data.createPlan.id;
}

/** XSS1 carries the comments and the ledger; XSS2… carry payloads in title, owner and theme. */
async function createCommitments(executive: APIRequestContext, planId: string, description: string) {
  const inputs = [
    {
      planId,
      reference: MAIN,
      title: pick(FIELD_PAYLOADS, 0),
      description,
      owner: pick(OWNER_PAYLOADS, 1),
      theme: pick(THEME_PAYLOADS, 2),
      successCriteria: pick(FIELD_PAYLOADS, 3),
      dueDate: '2099-12-31',
    },
    ...Array.from({ length: EXTRA_COMMITMENTS }, (_, i) => ({
      planId,
      reference: `XSS${i + 2}`,
      title: pick(FIELD_PAYLOADS, 4 + i),
      owner: pick(OWNER_PAYLOADS, 4 + EXTRA_COMMITMENTS + i),
      // A few themes, so the dashboard's breakdown has several payloads to show.
      theme: pick(THEME_PAYLOADS, 4 + 2 * EXTRA_COMMITMENTS + (i % 5)),
    })),
  ];
  const created = await mutateMany<{ id: string; reference: string; version: number }>(
    executive,
    'createCommitment',
    'CreateCommitmentInput',
    inputs,
    'id reference version',
  );
  return { main: created[0], inputs };
}

/** An invited liaison of our plan, signed in: for the party's lens and right of reply. */
async function inviteLiaison(executive: APIRequestContext, liaison: APIRequestContext, planId: string) {
  const email = `xss-liaison-${RUN}@example.org`;
  const data = await graphqlData<{ inviteUser: { url: string } }>(
    executive,
    `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { url } }`,
    { input: { email, role: 'LIAISON', planId } },
  );
  const token = new URL(data.inviteUser.url).hash.slice(1);
  await graphqlData(liaison, `mutation Accept($input: AcceptInviteInput!) { acceptInvite(input: $input) { id } }`, {
    input: { token, displayName: 'XSS Liaison', password: E2E_PASSWORD },
  });
  return email;
}

const statusUpdate = (commitmentId: string, lens: string, index: number, narrative: string) => ({
  subjectType: 'COMMITMENT',
  subjectId: commitmentId,
  lens,
  // Neither status needs evidence or a reason code.
  status: index % 2 === 0 ? 'LIMITED' : 'NOT_STARTED',
  narrative,
});

const postUpdates = (author: APIRequestContext, inputs: object[]) =>
  mutateMany<{ id: string }>(author, 'postStatusUpdate', 'PostStatusUpdateInput', inputs as Record<string, unknown>[]);

const addComments = (author: APIRequestContext, inputs: object[]) =>
  mutateMany<{ id: string }>(author, 'addComment', 'AddCommentInput', inputs as Record<string, unknown>[]);

async function postCorpus(api: {
  executive: APIRequestContext;
  /** Not signed in yet: the liaison is invited once the plan exists. */
  planLiaison: APIRequestContext;
  commentingExecutive: APIRequestContext;
  commentingLiaison: APIRequestContext;
}): Promise<Posted> {
  const planDescription = pick(FIELD_PAYLOADS, 5);
  const description = FIELD_PAYLOADS.map((p) => p.payload).join('\n');
  expect(description.length).toBeLessThanOrEqual(20_000);

  const planId = await createPlan(api.executive, planDescription);
  const liaisonEmail = await inviteLiaison(api.executive, api.planLiaison, planId);
  const { main, inputs } = await createCommitments(api.executive, planId, description);
  const commitmentId = main.id;

  // An edit, so the history shows a diff of payloads.
  const mainTitle = pick(FIELD_PAYLOADS, 6);
  await graphqlData(
    api.executive,
    `mutation Edit($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { id } }`,
    { input: { id: commitmentId, version: main.version, title: mainTitle, description: `${description}\nedited` } },
  );

  const milestoneTitle = pick(FIELD_PAYLOADS, 7);
  const milestone = await graphqlData<{ createMilestone: { id: string } }>(
    api.executive,
    `mutation Milestone($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`,
    { input: { commitmentId, title: milestoneTitle, description: pick(FIELD_PAYLOADS, 8), dueDate: '2099-06-30' } },
  );
  await graphqlData(
    api.executive,
    `mutation MilestoneEntry($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }`,
    {
      input: {
        subjectType: 'MILESTONE',
        subjectId: milestone.createMilestone.id,
        lens: 'ASSESSMENT',
        status: 'IN_PROGRESS',
        narrative: pick(FIELD_PAYLOADS, 9),
      },
    },
  );

  // One assessment before any response: a liaison can only respond to an assessment.
  await postUpdates(api.executive, [
    {
      ...statusUpdate(commitmentId, 'ASSESSMENT', 0, 'Odd but valid evidence addresses'),
      evidence: ODD_EVIDENCE_URLS.map((url, i) => ({ url, title: `Odd address ${i + 1}`, kind: 'MEDIA' })),
    },
  ]);

  // One-line payloads as evidence titles, twenty to an entry.
  const kinds = ['OFFICIAL_DOCUMENT', 'PUBLIC_STATEMENT', 'MEDIA', 'MEMBER_REPORT'];
  const evidenceTitles = FIELD_PAYLOADS.map((p) => p.payload);
  const evidenceEntries = [];
  for (let start = 0; start < evidenceTitles.length; start += 20) {
    const evidence = evidenceTitles.slice(start, start + 20).map((title, i) => ({
      url: `https://example.org/evidence/${start + i + 1}`,
      title,
      kind: kinds[i % kinds.length],
    }));
    evidenceEntries.push({
      ...statusUpdate(commitmentId, 'ASSESSMENT', 0, `Evidence batch ${start / 20 + 1}`),
      evidence,
    });
  }

  // Every payload once as a narrative (even ones in the assessment, odd ones in the party's
  // lens) and once as a comment (the party's liaison responds with every tenth, two other
  // signed-in people comment with the rest, and a few replies make threads).
  const narratives = (lens: string, parity: number) =>
    PAYLOADS.filter((_, i) => i % 2 === parity).map((p, i) => statusUpdate(commitmentId, lens, i, p.payload));
  const comments = (parity: number) =>
    PAYLOADS.flatMap((p, i) => (i % 10 !== 0 && i % 2 === parity ? [{ commitmentId, body: p.payload }] : []));
  const responses = PAYLOADS.flatMap((p, i) =>
    i % 10 === 0
      ? [{ commitmentId, body: p.payload, kind: 'RESPONSE', stance: i % 20 === 0 ? 'AGREE' : 'DISAGREE' }]
      : [],
  );
  const replies = (parentId: string) =>
    PAYLOADS.slice(0, REPLIES).map((p) => ({ commitmentId, body: p.payload, parentId }));

  // The API writes one transaction at a time; posting for four people at once overlaps the rest.
  await Promise.all([
    postUpdates(api.executive, [...narratives('ASSESSMENT', 0), ...evidenceEntries]),
    postUpdates(api.planLiaison, narratives('PARTY_REPORTED', 1)).then(() => addComments(api.planLiaison, responses)),
    addComments(api.commentingExecutive, comments(1)).then(([first]) =>
      addComments(api.commentingExecutive, replies(first.id)),
    ),
    addComments(api.commentingLiaison, comments(0)),
  ]);

  const totals = await graphqlData<{
    commitment: { comments: { totalCount: number }; history: { totalCount: number } };
  }>(
    api.executive,
    `query Totals($id: ID!) { commitment(id: $id) { comments(first: 1) { totalCount } history(first: 1) { totalCount } } }`,
    { id: commitmentId },
  );
  expect(totals.commitment.comments.totalCount).toBe(PAYLOADS.length + REPLIES);

  return {
    commitmentId,
    mainTitle,
    milestoneTitle,
    planDescription,
    extraTitles: inputs.slice(1).map((input) => input.title),
    themes: [...new Set(inputs.map((input) => input.theme))],
    comments: totals.commitment.comments.totalCount,
    narratives: PAYLOADS.length,
    evidenceTitles,
    history: totals.commitment.history.totalCount,
    liaisonEmail,
  };
}

// ---------------------------------------------------------------------------------------------
// Watching a page: traps for every sink, and a scan of the DOM

/** Installed before any page script: every sink a payload could call records the call instead. */
function installTraps() {
  const calls: string[] = [];
  const record =
    (sink: string) =>
    (...args: unknown[]) => {
      calls.push(`${sink}(${args.map(String).join(', ')}) in ${location.href}`);
      return sink === 'confirm' ? false : sink === 'prompt' ? null : undefined;
    };
  Object.defineProperty(window, '__xssCalls', { value: calls });
  Object.defineProperty(window, '__xss', { value: record('__xss') });
  window.alert = record('alert');
  window.confirm = record('confirm') as typeof window.confirm;
  window.prompt = record('prompt') as typeof window.prompt;
  window.print = record('print');
}

interface Scan {
  elements: number;
  problems: string[];
}

/**
 * Runs in the page. Returns every element or attribute that breaks the rule: no on* attribute,
 * no script: or HTML data: URL, no frames or plugins, no scripts but the app's own, and inside
 * user content no active elements and only http, https or mailto links marked as user content.
 */
function scanDom(appScripts: string[]): Scan {
  const problems: string[] = [];
  const name = (el: Element) => {
    const classes =
      typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `<${el.localName}${classes}>`;
  };
  const clip = (value: string) => JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);
  // What a browser ignores inside a URL's scheme, and then some: whitespace, controls, invisible marks.
  const ignorable = /[\s\p{Cc}\p{Cf}\p{Zs}]/gu;
  const squeeze = (value: string) => value.replace(ignorable, '').toLowerCase();
  const dangerousUrl = /^(javascript|vbscript|livescript|mocha):|^data:text\/html/;
  const urlAttributes = new Set([
    'href',
    'src',
    'action',
    'formaction',
    'data',
    'poster',
    'background',
    'srcset',
    'cite',
    'codebase',
    'classid',
    'archive',
    'longdesc',
    'lowsrc',
    'dynsrc',
    'ping',
    'manifest',
    'usemap',
    'xmlns:xlink',
  ]);
  const forbiddenElements = new Set([
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'portal',
    'base',
    'isindex',
  ]);
  const all = document.querySelectorAll('*');
  for (const el of all) {
    const tag = el.localName.toLowerCase();
    if (forbiddenElements.has(tag)) problems.push(`${name(el)} element`);
    if (tag === 'meta' && el.hasAttribute('http-equiv')) problems.push(`${name(el)} with http-equiv`);
    if (tag === 'link') {
      const url = new URL(el.getAttribute('href') ?? '', location.href);
      // The app's own files, and the page's feed named for feed readers (rel="alternate").
      const feed = el.getAttribute('rel') === 'alternate' && /^\/feeds\//.test(url.pathname);
      if (url.origin !== location.origin || !(feed || /^\/(assets\/|favicon)/.test(url.pathname))) {
        problems.push(`${name(el)} to ${clip(url.href)}`);
      }
    }
    for (const attribute of Array.from(el.attributes)) {
      const attr = attribute.name.toLowerCase();
      const value = squeeze(attribute.value);
      if (attr.startsWith('on')) problems.push(`${name(el)} has ${attribute.name}=${clip(attribute.value)}`);
      else if (attr === 'srcdoc') problems.push(`${name(el)} has srcdoc=${clip(attribute.value)}`);
      else if ((urlAttributes.has(attr) || attr.endsWith(':href')) && dangerousUrl.test(value)) {
        problems.push(`${name(el)} has ${attribute.name}=${clip(attribute.value)}`);
      } else if (attr === 'style' && /expression\(|javascript:|vbscript:|-moz-binding|behavior:/.test(value)) {
        problems.push(`${name(el)} has style=${clip(attribute.value)}`);
      }
    }
    if ((tag === 'a' || tag === 'area') && el.hasAttribute('href')) {
      const href = squeeze(el.getAttribute('href') ?? '');
      if (!/^(\/|#|\?|https?:|mailto:)/.test(href)) problems.push(`${name(el)} links to ${clip(href)}`);
    }
  }

  // A page rendered on the server carries its data in one script element the browser never runs
  // (type application/json): it must be that, whole JSON, and nothing else.
  const isState = (s: HTMLScriptElement) => {
    if (s.id !== 'tracker-state' || s.getAttribute('type') !== 'application/json' || s.hasAttribute('src'))
      return false;
    try {
      JSON.parse(s.textContent ?? '');
      return true;
    } catch {
      return false;
    }
  };
  // It starts the app with start-app.js, which imports the modules it names, the app's entry
  // among them: that is the app's own script if every module it names is one of the app's files.
  const startApp = new URL('/start-app.js', location.href).href;
  const srcOf = (s: HTMLScriptElement) => {
    const src = new URL(s.getAttribute('src')!, location.href).href;
    if (src !== startApp) return src;
    const modules = (s.getAttribute('data-modules') ?? '').split(' ');
    const entry = modules
      .map((module) => new URL(module, location.href).href)
      .find((href) => appScripts.includes(href));
    return entry && modules.every((module) => /^\/assets\/[\w-]+\.js$/.test(module))
      ? entry
      : `start-app.js with ${clip(modules.join(' '))}`;
  };
  const scripts = Array.from(document.querySelectorAll('script'))
    .filter((s) => !isState(s))
    .map((s) => (s.getAttribute('src') ? srcOf(s) : `inline ${clip(s.textContent ?? '')}`))
    .sort();
  if (JSON.stringify(scripts) !== JSON.stringify([...appScripts].sort())) {
    problems.push(`scripts are not the app's own: ${scripts.join(', ')}`);
  }

  const inert = new Set([
    'p',
    'strong',
    'em',
    'a',
    'span',
    'ul',
    'ol',
    'li',
    'code',
    'pre',
    'blockquote',
    'hr',
    'br',
    'del',
  ]);
  for (const el of document.querySelectorAll('.markdown *')) {
    if (!inert.has(el.localName)) problems.push(`${name(el)} inside user markdown`);
  }
  for (const a of document.querySelectorAll('.markdown a, .evidence a')) {
    const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
    const href = squeeze(a.getAttribute('href') ?? '');
    if (!/^(https?:|mailto:)/.test(href)) problems.push(`user link to ${clip(href)}`);
    if (!['nofollow', 'ugc', 'noopener'].every((word) => rel.includes(word))) {
      problems.push(`user link to ${clip(href)} has rel=${clip(rel.join(' '))}`);
    }
  }
  return { elements: all.length, problems };
}

class Watched {
  readonly dialogs: string[] = [];
  scanned = 0;
  private appScripts: string[] = [];

  constructor(readonly page: Page) {}

  async start() {
    await this.page.addInitScript(installTraps);
    this.page.on('dialog', (dialog) => {
      this.dialogs.push(`${dialog.type()}: ${dialog.message()} on ${this.page.url()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    // The app's own scripts, from a page that shows no user content.
    await this.page.goto('/no-such-page');
    await this.page.waitForLoadState('networkidle');
    this.appScripts = await this.page.evaluate(() =>
      Array.from(document.querySelectorAll('script'), (s) =>
        s.getAttribute('src') ? new URL(s.getAttribute('src')!, location.href).href : `inline ${s.textContent}`,
      ),
    );
    expect(this.appScripts.length, 'the app loads its module script').toBeGreaterThan(0);
    expect(
      this.appScripts.every((src) => !src.startsWith('inline')),
      'a clean page has no inline script',
    ).toBe(true);
  }

  async open(path: string) {
    await this.page.goto(path);
    await this.page.waitForLoadState('networkidle');
  }

  /** The calls the traps recorded, in every frame of the page. */
  async calls(): Promise<string[]> {
    const perFrame = await Promise.all(
      this.page
        .frames()
        .map((frame) =>
          frame.evaluate(() => (window as unknown as { __xssCalls?: string[] }).__xssCalls ?? []).catch(() => []),
        ),
    );
    return perFrame.flat();
  }

  async scan(): Promise<Scan> {
    const scan = await this.page.evaluate(scanDom, this.appScripts);
    this.scanned += scan.elements;
    return scan;
  }

  /** No trap was called, no dialog opened, and the DOM holds nothing that could run. */
  async expectNothingRan(where: string) {
    await this.page.waitForLoadState('networkidle');
    const calls = await this.calls();
    const scan = await this.scan();
    expect(calls, `payload code ran on ${where}`).toEqual([]);
    expect(this.dialogs, `a dialog opened on ${where}`).toEqual([]);
    expect(scan.problems, `the DOM of ${where} holds something that could run`).toEqual([]);
    return scan;
  }
}

/** Clicks every "Show more …" button until the page lists everything it can load. */
async function showEverything(page: Page) {
  // A button of a page rendered on the server does nothing until the app has taken over.
  await waitForHydration(page);
  const items = page.locator('li');
  for (;;) {
    const more = page.getByRole('button', { name: /^Show more / });
    if ((await more.count()) === 0) return;
    const before = await items.count();
    await more.first().click();
    await expect.poll(() => items.count(), { intervals: [50] }).toBeGreaterThan(before);
    await expect(page.getByRole('button', { name: /^Loading more/ })).toHaveCount(0);
  }
}

const missing = (shown: string, expected: readonly string[]) => {
  const text = normalise(shown);
  return expected.filter((words) => !text.includes(normalise(words)));
};

// ---------------------------------------------------------------------------------------------

test.describe('XSS payloads in user content', () => {
  // The tests share the corpus posted once; on a busy machine writing it takes a while.
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  // The site's CSP would stop inline handlers anyway; without it, any that reached the DOM would run
  // and be caught by the traps, so the rendering itself is what is tested.
  test.use({ bypassCSP: true });

  let posted: Posted;
  let executiveEmail: string;
  const contexts: APIRequestContext[] = [];

  test.beforeAll(async ({ playwright }, testInfo) => {
    test.setTimeout(180_000);
    const started = Date.now();
    const baseURL = testInfo.project.use.baseURL;
    const signedIn = async (email?: string) => {
      const context = await playwright.request.newContext({ baseURL });
      contexts.push(context);
      if (email) await apiSignIn(context, email, E2E_PASSWORD);
      return context;
    };
    executiveEmail = ensureAccount('member').email;
    const executive = await signedIn(executiveEmail);
    const commentingExecutive = await signedIn(ensureAccount('executive').email);
    const commentingLiaison = await signedIn(ensureAccount('liaison').email);
    const planLiaison = await signedIn();
    const accountsReady = Date.now();
    posted = await postCorpus({ executive, commentingExecutive, commentingLiaison, planLiaison });
    report(
      `${PAYLOADS.length} payloads in ${new Set(PAYLOADS.map((p) => p.category)).size} categories posted to ` +
        `/${ORG}/${PLAN_SLUG}: ${posted.comments} comments, ` +
        `${posted.narratives} narratives, ${posted.evidenceTitles.length} evidence titles, ` +
        `${EXTRA_COMMITMENTS + 1} commitments (${posted.history} history entries) in ${Date.now() - accountsReady} ms ` +
        `(accounts ready in ${accountsReady - started} ms)`,
    );
  });

  test('the watch itself catches a payload that runs and markup that could', async ({ page }) => {
    const watched = new Watched(page);
    await watched.start();
    await page.evaluate(() =>
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img src="/no-such-image.png" onerror="window.__xss(0)">' +
          '<a href=" jav&#x09;aScript:alert(0)">x</a><iframe srcdoc="x"></iframe>' +
          '<div class="markdown"><a href="https://example.org/">no rel</a><svg></svg></div>' +
          '<script src="/assets/injected.js"></script>',
      ),
    );
    await expect.poll(() => watched.calls()).toEqual([expect.stringMatching(/^__xss\(0\)/)]);
    const { problems } = await watched.scan();
    for (const expected of [/onerror=/, /links to "javascript:alert\(0\)"/, /<iframe> element/, /srcdoc=/]) {
      expect(problems, `the scan reports ${expected}`).toContainEqual(expect.stringMatching(expected));
    }
    for (const expected of [/<svg> inside user markdown/, /has rel=""/, /scripts are not the app's own/]) {
      expect(problems, `the scan reports ${expected}`).toContainEqual(expect.stringMatching(expected));
    }
  });

  test('the API refuses evidence addresses that are not http or https', async ({ playwright }, testInfo) => {
    const executive = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    contexts.push(executive);
    await apiSignIn(executive, executiveEmail, E2E_PASSWORD);
    for (const url of REFUSED_EVIDENCE_URLS) {
      const { data, errors } = await graphql(
        executive,
        `
          mutation Refused($input: PostStatusUpdateInput!) {
            postStatusUpdate(input: $input) {
              id
            }
          }
        `,
        {
          input: {
            ...statusUpdate(posted.commitmentId, 'ASSESSMENT', 0, 'Refused evidence'),
            evidence: [{ url, title: PAYLOADS[0].payload, kind: 'MEDIA' }],
          },
        },
      );
      expect(data?.postStatusUpdate ?? null, `evidence at ${JSON.stringify(url)} was accepted`).toBeNull();
      expect(errors?.[0]?.extensions?.code, `evidence at ${JSON.stringify(url)}`).toBe('BAD_USER_INPUT');
    }
    report(`${REFUSED_EVIDENCE_URLS.length} evidence addresses refused with BAD_USER_INPUT`);
  });

  test('the commitment page shows every comment, narrative and evidence title as words, and runs none', async ({
    page,
  }) => {
    const watched = new Watched(page);
    await watched.start();
    await watched.open(`/${ORG}/${PLAN_SLUG}/commitments/${MAIN}`);

    await expect(page.getByRole('heading', { level: 1 })).toContainText(posted.mainTitle);
    const comments = page.getByRole('region', { name: 'Comments and responses' });
    const history = page.getByRole('region', { name: 'History' });
    await showEverything(page);
    // Bold text appears only once the markdown renderer (a lazy chunk) has taken over.
    await expect(comments.locator('.markdown strong').first()).toBeVisible();

    await expect(comments.locator('li.comment')).toHaveCount(posted.comments);
    await expect(history.locator('li.history-entry')).toHaveCount(posted.history);

    const withText = PAYLOADS.filter((p) => p.text).map((p) => p.text!);
    const commentWords = (await comments.locator('.markdown').allInnerTexts()).join('\n');
    expect(missing(commentWords, withText), 'payloads not shown as words in the comments').toEqual([]);
    const narrativeWords = (await history.locator('.markdown').allInnerTexts()).join('\n');
    expect(missing(narrativeWords, withText), 'payloads not shown as words in the history').toEqual([]);
    const evidenceWords = (await history.locator('.evidence').allInnerTexts()).join('\n');
    expect(missing(evidenceWords, posted.evidenceTitles), 'evidence titles not shown as words').toEqual([]);
    const description = await page.locator('.lede').innerText();
    const described = FIELD_PAYLOADS.map((p) => p.payload);
    expect(missing(description, described), 'description not shown as words').toEqual([]);
    await expect(page.getByRole('region', { name: 'Milestones' })).toContainText(posted.milestoneTitle);

    const scan = await watched.expectNothingRan('the commitment page');
    report(
      `commitment page: ${posted.comments} comments, ${posted.history} history entries, ` +
        `${withText.length} payloads checked as words in each, ${scan.elements} elements scanned`,
    );
  });

  test('the dashboard and the commitments list show the payloads as words, and run none', async ({ page }) => {
    const watched = new Watched(page);
    await watched.start();

    await watched.open(`/${ORG}/${PLAN_SLUG}`);
    await expect(page.getByRole('heading', { level: 1, name: `XSS corpus ${RUN}` })).toBeVisible();
    await expect(page.getByText(posted.planDescription, { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Latest updates' }).getByRole('listitem').first()).toBeVisible();
    const dashboardWords = await page.getByRole('main').innerText();
    expect(missing(dashboardWords, posted.themes), 'themes not shown as words on the dashboard').toEqual([]);
    await watched.expectNothingRan('the plan dashboard');

    await watched.open(`/${ORG}/${PLAN_SLUG}/commitments`);
    const range = page.getByText(/^Showing \d+ to \d+$/);
    const seen = new Set<string>();
    let listWords = '';
    let pages = 0;
    for (;;) {
      const articles = page.getByRole('article');
      await expect(articles.first()).toBeVisible();
      listWords += (await articles.allInnerTexts()).join('\n');
      for (const heading of await articles.getByRole('heading').allInnerTexts()) seen.add(heading.match(/XSS\d+/)![0]);
      pages += 1;
      await watched.expectNothingRan(`page ${pages} of the commitments list`);
      const next = page.getByRole('link', { name: 'Next page' });
      if ((await next.count()) === 0) break;
      const shown = await range.innerText();
      await next.click();
      await expect(range).not.toHaveText(shown);
    }
    expect(seen.size, 'every commitment was listed').toBe(EXTRA_COMMITMENTS + 1);
    expect(missing(listWords, [posted.mainTitle, ...posted.extraTitles]), 'titles not shown as words').toEqual([]);
    report(`dashboard and ${pages} pages of the commitments list: ${watched.scanned} elements scanned`);
  });

  // Other engineers are still building these; whatever they show by now is checked, all of it.
  const CONSOLE_PAGES = [
    '/console',
    `/console/plans/${PLAN_SLUG}`,
    `/console/plans/${PLAN_SLUG}/commitments/${MAIN}`,
    '/console/moderation',
  ];

  test('signed in as the executive, the console and the commitment page run no payload', async ({ page }) => {
    const watched = new Watched(page);
    await watched.start();
    await apiSignIn(page.request, executiveEmail, E2E_PASSWORD);
    for (const path of CONSOLE_PAGES) {
      await watched.open(path);
      await showEverything(page);
      await watched.expectNothingRan(`${path} as the executive`);
    }
    // The executive's view of the public page, with whatever controls it adds, every item shown.
    await watched.open(`/${ORG}/${PLAN_SLUG}/commitments/${MAIN}`);
    await showEverything(page);
    await expect(page.locator('li.comment')).toHaveCount(posted.comments);
    await expect(page.locator('li.history-entry')).toHaveCount(posted.history);
    await watched.expectNothingRan('the commitment page as the executive');
    report(`${CONSOLE_PAGES.length + 1} pages as the executive: ${watched.scanned} elements scanned`);
  });

  test('signed in as the plan’s liaison, the console and the commitment page run no payload', async ({ page }) => {
    const watched = new Watched(page);
    await watched.start();
    await apiSignIn(page.request, posted.liaisonEmail, E2E_PASSWORD);
    for (const path of ['/console', `/${ORG}/${PLAN_SLUG}/commitments/${MAIN}`]) {
      await watched.open(path);
      await watched.expectNothingRan(`${path} as the plan’s liaison`);
    }
    report(`2 pages as the plan’s liaison: ${watched.scanned} elements scanned`);
  });

  test.afterAll(async () => {
    await Promise.all(contexts.map((context) => context.dispose()));
  });
});
