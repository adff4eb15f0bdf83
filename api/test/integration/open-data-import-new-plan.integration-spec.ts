import { ImportPreview } from '../../src/open-data/import/import-preview';
import { NestedUpdate, PlanDocument } from '../../src/open-data/plan-document';
import { signInDemo } from './support/accounts';
import { download, dumpDatabase, ORG, PLAN, postImport } from './support/import';
import { sql } from './support/sql';
import { startTestApp, TestApp, UNLIMITED_WRITES } from './support/test-app';

const NEW_PLAN = 'imported-action-plan';

/** The demo plan's document under a new slug, as a volunteer would start a second plan from it. */
function asNewPlan(document: PlanDocument): PlanDocument {
  const copy = structuredClone(document);
  copy.plan.slug = NEW_PLAN;
  copy.plan.title = 'An imported action plan';
  for (const revision of copy.revisions)
    if (revision.subject_type === 'PLAN' && revision.subject_key === PLAN) revision.subject_key = NEW_PLAN;
  return copy;
}

const json = (document: PlanDocument) => JSON.stringify(document);

describe('open-data import of a new plan', () => {
  let t: TestApp;
  let executive: string;
  let demo: PlanDocument;
  beforeAll(async () => {
    t = await startTestApp({ env: UNLIMITED_WRITES });
    executive = await signInDemo(t, 'executive@example.org');
    demo = JSON.parse((await download(t, `/data/${ORG}/${PLAN}.json`)).toString('utf8')) as PlanDocument;
  });
  afterAll(() => t.close());

  const send = async (document: PlanDocument, dryRun: boolean) => {
    const response = await postImport(t, json(document), { name: `${NEW_PLAN}.json`, cookie: executive, dryRun });
    expect(response.status).toBe(200);
    return (await response.json()) as ImportPreview;
  };
  const one = async <T>(text: string, parameters: unknown[] = []): Promise<T> =>
    (await sql<T[]>(t.dataSource, text, parameters))[0];

  it('refuses a new ledger row that moves to SUBSTANTIAL without evidence, on its row, and writes nothing', async () => {
    const document = asNewPlan(demo);
    const last = document.updates[document.updates.length - 1];
    const bare: NestedUpdate = {
      ...last,
      entry: null,
      lens: 'ASSESSMENT',
      status: 'SUBSTANTIAL',
      milestone_reference: null,
      reason_code: null,
      corrects_entry: null,
      on_behalf_of_party: false,
      evidence: [],
    };
    document.updates.push(bare);
    const before = await dumpDatabase(t);
    const preview = await send(document, false);
    expect(preview.applied).toBe(false);
    const row = preview.rows.find((r) => r.row === `updates[${document.updates.length - 1}]`);
    expect(row).toMatchObject({ action: 'error', errors: [{ column: 'status' }] });
    expect(row!.errors[0].message).toContain('needs at least one piece of public evidence');
    expect(await dumpDatabase(t)).toBe(before);
  });

  it('creates the plan as a draft with its reports linked, its history copied and its ledger appended in order', async () => {
    const document = asNewPlan(demo);
    const highest = (await one<{ n: number }>('SELECT MAX(sequence) AS n FROM status_update')).n;
    const dry = await send(document, true);
    expect(dry).toMatchObject({ applied: false, plan: { slug: NEW_PLAN, exists: false } });
    expect(dry.counts.error).toBe(0);

    const preview = await send(document, false);
    expect(preview).toMatchObject({ applied: true, plan: { slug: NEW_PLAN, exists: false } });
    const plan = await one<{ id: string; published_at: string | null }>(
      'SELECT id, published_at FROM action_plan WHERE slug = ?',
      [NEW_PLAN],
    );
    expect(plan.published_at).toBeNull();
    expect((await fetch(`${t.url}/data/${ORG}/${NEW_PLAN}.json`)).status).toBe(404);
    const publicView = await t.gql<{ plan: unknown }>('query ($slug: String!) { plan(slug: $slug) { slug } }', {
      slug: NEW_PLAN,
    });
    expect(publicView.data?.plan ?? null).toBeNull();

    const linked: { slug: string }[] = await sql(
      t.dataSource,
      'SELECT r.slug FROM plan_report pr JOIN report r ON r.id = pr.report_id WHERE pr.plan_id = ? ORDER BY r.slug',
      [plan.id],
    );
    expect(linked.map((r) => r.slug)).toEqual(String(document.plan.report_slugs).split(' ').sort());

    const copied = await one<{ n: number }>(
      `SELECT COUNT(*) AS n FROM revision WHERE subject_id = ? OR commitment_id IN (SELECT id FROM "commitment" WHERE plan_id = ?)`,
      [plan.id, plan.id],
    );
    const expected = document.revisions.filter((r) =>
      ['PLAN', 'COMMITMENT', 'MILESTONE'].includes(String(r.subject_type)),
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect(Number(copied.n)).toBe(expected);

    const entries: { sequence: number; id: string }[] = await sql(
      t.dataSource,
      'SELECT sequence, id FROM status_update WHERE plan_id = ? ORDER BY sequence',
      [plan.id],
    );
    expect(entries).toHaveLength(document.updates.length);
    expect(entries[0].sequence).toBeGreaterThan(highest);
    entries.forEach((entry, i) => i > 0 && expect(entry.sequence).toBeGreaterThan(entries[i - 1].sequence));
    const evidence = await one<{ n: number }>(
      'SELECT COUNT(*) AS n FROM evidence WHERE status_update_id IN (SELECT id FROM status_update WHERE plan_id = ?)',
      [plan.id],
    );
    expect(Number(evidence.n)).toBe(document.updates.reduce((n, u) => n + u.evidence.length, 0));

    const own = await download(t, `/data/${ORG}/${NEW_PLAN}.json`, executive);
    expect((JSON.parse(own.toString('utf8')) as PlanDocument).updates.map((u) => u.status)).toEqual(
      document.updates.map((u) => u.status),
    );
  });

  it('refuses a file that changes an entry already in the ledger, naming the entry and the column', async () => {
    const document = asNewPlan(demo);
    document.updates[0].narrative = `${document.updates[0].narrative ?? ''} (reworded)`;
    const before = await dumpDatabase(t);
    const preview = await send(document, false);
    expect(preview).toMatchObject({ applied: false, plan: { exists: true } });
    const row = preview.rows.find((r) => r.row === 'updates[0]')!;
    expect(row).toMatchObject({ action: 'error', key: 'entry 1', errors: [{ column: 'narrative' }] });
    expect(row.errors[0].message).toContain('entries are never changed');
    expect(await dumpDatabase(t)).toBe(before);
  });
});
