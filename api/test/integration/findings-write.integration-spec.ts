import { AuditEvent } from '../../src/audit/audit-event.entity';
import { createAccount, signIn, signInDemo } from './support/accounts';
import { undoMigrationsThrough } from './support/migrations';
import { columnNames } from './support/sql';
import { startTestApp, TestApp, UNLIMITED_WRITES } from './support/test-app';

const FINDING = 'id label value unit position version';
const REVISION = 'subjectType subjectId field before after version actor { displayName }';

interface FindingRow {
  id: string;
  label: string;
  value: number;
  unit: string;
  position: number;
  version: number;
}
interface RevisionRow {
  subjectType: string;
  subjectId: string;
  field: string;
  before: string | null;
  after: string | null;
  version: number;
}
type Result<T> = { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };

describe('a report’s key findings: the write path', () => {
  let t: TestApp;
  let executive: string;
  let otherExecutive: string;
  let liaison: string;
  beforeAll(async () => {
    // Many writes in a few seconds from one account: the write limits are tested elsewhere.
    t = await startTestApp({ env: UNLIMITED_WRITES });
    executive = await signInDemo(t, 'executive@example.org');
    liaison = await signInDemo(t, 'liaison@example.org');
    await createAccount(t, 'findings.bame@example.org', { executiveOf: 'bame-labour' });
    otherExecutive = await signIn(t, 'findings.bame@example.org');
  });
  afterAll(() => t.close());

  /** `cookie` null: signed out. */
  const run = <T>(
    name: string,
    type: string,
    selection: string,
    input: Record<string, unknown>,
    cookie: string | null,
  ) =>
    t.gql<T>(`mutation ($input: ${type}!) { ${name}(input: $input) { ${selection} } }`, { input }, cookie ?? undefined);
  const createFinding = (input: Record<string, unknown>, cookie: string | null = executive) =>
    run<{ createFinding: FindingRow }>('createFinding', 'CreateFindingInput', FINDING, input, cookie);
  const updateFinding = (input: Record<string, unknown>, cookie: string | null = executive) =>
    run<{ updateFinding: FindingRow }>('updateFinding', 'UpdateFindingInput', FINDING, input, cookie);
  const deleteFinding = (input: Record<string, unknown>, cookie: string | null = executive) =>
    run<{ deleteFinding: { findings: FindingRow[] } }>(
      'deleteFinding',
      'DeleteFindingInput',
      `findings { ${FINDING} }`,
      input,
      cookie,
    );
  const reorderFindings = (input: Record<string, unknown>, cookie: string | null = executive) =>
    run<{ reorderFindings: { findings: FindingRow[] } }>(
      'reorderFindings',
      'ReorderFindingsInput',
      `findings { ${FINDING} }`,
      input,
      cookie,
    );
  const findingsOf = async (slug: string): Promise<FindingRow[]> => {
    const { data, errors } = await t.gql<{ report: { findings: FindingRow[] } }>(
      `query ($slug: String!) { report(slug: $slug) { findings { ${FINDING} } } }`,
      { slug },
    );
    expect(errors).toBeUndefined();
    return data!.report.findings;
  };
  /** The report's public history, as anyone reads it. */
  const historyOf = async (reportId: string): Promise<RevisionRow[]> => {
    const { data, errors } = await t.gql<{ revisions: { edges: { node: RevisionRow }[] } }>(
      `query ($id: ID!) { revisions(subjectType: REPORT, subjectId: $id, first: 100) { edges { node { ${REVISION} } } } }`,
      { id: reportId },
    );
    expect(errors).toBeUndefined();
    return data!.revisions.edges.map(({ node }) => node);
  };
  const problem = (result: Result<unknown>) => result.errors?.[0];
  const codeOf = (result: Result<unknown>) => problem(result)?.extensions?.code;

  let reportCount = 0;
  /** A new report of LMN with findings labelled as given, each 10 % apart. */
  const newReport = async (...labels: string[]): Promise<{ id: string; slug: string; findings: FindingRow[] }> => {
    reportCount += 1;
    const slug = `findings-report-${reportCount}`;
    const created = await t.gql<{ createReport: { id: string } }>(
      'mutation ($input: CreateReportInput!) { createReport(input: $input) { id } }',
      { input: { slug, title: 'A report with findings' } },
      executive,
    );
    const id = created.data!.createReport.id;
    for (const [i, label] of labels.entries()) {
      const result = await createFinding({ reportId: id, label, value: (i + 1) * 10, unit: '%', position: i + 1 });
      expect(result.errors).toBeUndefined();
    }
    return { id, slug, findings: await findingsOf(slug) };
  };
  const order = (findings: FindingRow[]) => findings.map((f) => [f.label, f.position]);

  describe('createFinding', () => {
    it('adds a finding at the place asked for, moves the later ones down, and records it in the report’s history', async () => {
      const report = await newReport('first', 'second');
      const result = await createFinding({
        reportId: report.id,
        label: '  in between ',
        value: 12.5,
        unit: '%',
        position: 2,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.createFinding).toMatchObject({
        label: 'in between',
        value: 12.5,
        unit: '%',
        position: 2,
        version: 1,
      });
      expect(order(await findingsOf(report.slug))).toEqual([
        ['first', 1],
        ['in between', 2],
        ['second', 3],
      ]);
      const created = (await historyOf(report.id)).filter((r) => r.subjectId === result.data!.createFinding.id);
      expect(
        created.map(({ subjectType, field, before, after, version }) => [subjectType, field, before, after, version]),
      ).toEqual(
        expect.arrayContaining([
          ['FINDING', 'label', null, 'in between', 1],
          ['FINDING', 'value', null, '12.5', 1],
          ['FINDING', 'unit', null, '%', 1],
        ]),
      );
      expect(created).toHaveLength(3);
      const audit = await t.dataSource
        .getRepository(AuditEvent)
        .findOneBy({ subjectId: result.data!.createFinding.id });
      expect(audit).toMatchObject({ action: 'finding.create', subjectType: 'FINDING' });
    });

    it('takes a count with a unit of its own words, or none', async () => {
      const report = await newReport();
      const people = await createFinding({
        reportId: report.id,
        label: 'members surveyed',
        value: 1123,
        unit: 'people',
        position: 1,
      });
      expect(people.data!.createFinding).toMatchObject({ value: 1123, unit: 'people' });
      const plain = await createFinding({ reportId: report.id, label: 'complaints upheld', value: 0, position: 2 });
      expect(plain.data!.createFinding).toMatchObject({ value: 0, unit: '' });
    });

    it('refuses bad input with a message naming the field, and adds nothing', async () => {
      const report = await newReport('only one');
      const refused = async (input: Record<string, unknown>) =>
        problem(
          await createFinding({ reportId: report.id, label: 'Fine', value: 5, unit: '%', position: 1, ...input }),
        )!;
      expect((await refused({ label: '' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'label' });
      expect((await refused({ label: '   ' })).extensions).toMatchObject({ field: 'label' });
      const long = await refused({ label: 'x'.repeat(301) });
      expect(long.extensions).toMatchObject({ field: 'label' });
      expect(long.message).toContain('at most 300 characters');
      const over = await refused({ value: 100.5 });
      expect(over.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
      expect(over.message).toContain('between 0 and 100');
      expect((await refused({ value: -1 })).extensions).toMatchObject({ field: 'value' });
      const negative = await refused({ value: -3, unit: 'people' });
      expect(negative.extensions).toMatchObject({ field: 'value' });
      expect(negative.message).toContain('cannot be negative');
      expect((await refused({ value: 'many' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
      expect((await refused({ value: null })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
      // JSON has no Infinity, but 1e400 reads as it.
      const body = await (
        await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: executive },
          body: `{"query":"mutation ($input: CreateFindingInput!) { createFinding(input: $input) { id } }","variables":{"input":{"reportId":"${report.id}","label":"Fine","value":1e400,"position":1}}}`,
        })
      ).json();
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
      expect((await refused({ unit: 'x'.repeat(21) })).extensions).toMatchObject({ field: 'unit' });
      for (const position of [0, 3, -1]) {
        const outside = await refused({ position });
        expect(outside.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'position' });
        expect(outside.message).toContain('between 1 and 2');
      }
      expect((await refused({ position: 1.5 })).extensions).toMatchObject({ field: 'position' });
      expect((await refused({ reportId: 'R1' })).extensions).toMatchObject({ field: 'reportId' });
      expect((await refused({ reportId: '00000000-0000-4000-8000-000000000000' })).extensions!.code).toBe('NOT_FOUND');
      expect(order(await findingsOf(report.slug))).toEqual([['only one', 1]]);
    });

    it('lets only the executives of the report’s organisation add one', async () => {
      const report = await newReport();
      const input = { reportId: report.id, label: 'Not theirs', value: 1, unit: '%', position: 1 };
      expect(codeOf(await createFinding(input, otherExecutive))).toBe('FORBIDDEN');
      expect(codeOf(await createFinding(input, liaison))).toBe('FORBIDDEN');
      expect(codeOf(await createFinding(input, null))).toBe('UNAUTHENTICATED');
      expect(await findingsOf(report.slug)).toEqual([]);
    });
  });

  describe('updateFinding', () => {
    it('edits the fields sent, records each change in the report’s history, and audits it', async () => {
      const report = await newReport('directly experienced it');
      const [finding] = report.findings;
      const result = await updateFinding({ id: finding.id, version: 1, label: 'directly witnessed it', value: 37 });
      expect(result.errors).toBeUndefined();
      expect(result.data!.updateFinding).toMatchObject({
        label: 'directly witnessed it',
        value: 37,
        unit: '%',
        position: 1,
        version: 2,
      });
      const edits = (await historyOf(report.id)).filter((r) => r.version === 2);
      expect(edits.map((r) => [r.subjectType, r.field, r.before, r.after]).sort()).toEqual([
        ['FINDING', 'label', 'directly experienced it', 'directly witnessed it'],
        ['FINDING', 'value', '10', '37'],
      ]);
      const audits = await t.dataSource.getRepository(AuditEvent).findBy({ subjectId: finding.id });
      expect(audits.map((a) => a.action).sort()).toEqual(['finding.create', 'finding.update']);
      const unchanged = await updateFinding({ id: finding.id, version: 2, value: 37 });
      expect(unchanged.data!.updateFinding.version).toBe(2);
    });

    it('checks the value against the unit it will have', async () => {
      const report = await newReport();
      const count = (
        await createFinding({ reportId: report.id, label: 'members', value: 250, unit: 'people', position: 1 })
      ).data!.createFinding;
      const toPercent = problem(await updateFinding({ id: count.id, version: 1, unit: '%' }))!;
      expect(toPercent.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unit' });
      expect(toPercent.message).toContain('between 0 and 100');
      const both = await updateFinding({ id: count.id, version: 1, unit: '%', value: 25 });
      expect(both.data!.updateFinding).toMatchObject({ unit: '%', value: 25, version: 2 });
      const cleared = await updateFinding({ id: count.id, version: 2, unit: null, value: 250 });
      expect(cleared.data!.updateFinding).toMatchObject({ unit: '', value: 250, version: 3 });
    });

    it('refuses a stale version with CONFLICT and the current version, and keeps the other person’s edit', async () => {
      const report = await newReport('the original');
      const [finding] = report.findings;
      expect((await updateFinding({ id: finding.id, version: 1, label: 'theirs' })).errors).toBeUndefined();
      const stale = await updateFinding({ id: finding.id, version: 1, label: 'mine' });
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(stale.errors![0].message).toContain('changed by someone else');
      expect((await findingsOf(report.slug))[0].label).toBe('theirs');
    });

    it('refuses bad input naming the field, and lets only the report’s executives edit', async () => {
      const report = await newReport('kept as it is');
      const [finding] = report.findings;
      const edit = { id: finding.id, version: 1 };
      const field = async (input: Record<string, unknown>) => problem(await updateFinding({ ...edit, ...input }))!;
      expect((await field({ label: '' })).extensions).toMatchObject({ field: 'label' });
      expect((await field({ label: null })).extensions).toMatchObject({ field: 'label' });
      expect((await field({ value: 101 })).extensions).toMatchObject({ field: 'value' });
      expect((await field({ value: null })).extensions).toMatchObject({ field: 'value' });
      expect((await field({ position: 2 })).extensions).toMatchObject({ field: 'position' });
      expect((await field({ version: 0 })).extensions).toMatchObject({ field: 'version' });
      expect(codeOf(await updateFinding({ ...edit, label: 'x' }, otherExecutive))).toBe('FORBIDDEN');
      expect(codeOf(await updateFinding({ ...edit, label: 'x' }, liaison))).toBe('FORBIDDEN');
      expect(codeOf(await updateFinding({ ...edit, label: 'x' }, null))).toBe('UNAUTHENTICATED');
      expect(codeOf(await updateFinding({ ...edit, id: '00000000-0000-4000-8000-000000000000', label: 'x' }))).toBe(
        'NOT_FOUND',
      );
      expect(await findingsOf(report.slug)).toEqual(report.findings);
    });
  });

  describe('deleteFinding', () => {
    it('deletes a finding, closes the gap, and keeps its wording in the report’s history', async () => {
      const report = await newReport('one', 'two', 'three');
      const two = report.findings[1];
      const result = await deleteFinding({ id: two.id, version: 1 });
      expect(result.errors).toBeUndefined();
      expect(order(result.data!.deleteFinding.findings)).toEqual([
        ['one', 1],
        ['three', 2],
      ]);
      expect(order(await findingsOf(report.slug))).toEqual([
        ['one', 1],
        ['three', 2],
      ]);
      const gone = (await historyOf(report.id)).filter((r) => r.subjectId === two.id && r.version === 2);
      expect(gone.map((r) => [r.field, r.before, r.after]).sort()).toEqual([
        ['label', 'two', null],
        ['unit', '%', null],
        ['value', '20', null],
      ]);
      const audit = await t.dataSource
        .getRepository(AuditEvent)
        .findOneBy({ subjectId: two.id, action: 'finding.delete' });
      expect(audit).toMatchObject({ subjectType: 'FINDING' });
    });

    it('refuses a stale version with CONFLICT and deletes nothing', async () => {
      const report = await newReport('edited meanwhile');
      const [finding] = report.findings;
      await updateFinding({ id: finding.id, version: 1, value: 11 });
      const stale = await deleteFinding({ id: finding.id, version: 1 });
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(await findingsOf(report.slug)).toHaveLength(1);
    });

    it('lets only the report’s executives delete, and answers NOT_FOUND for one already deleted', async () => {
      const report = await newReport('protected');
      const input = { id: report.findings[0].id, version: 1 };
      expect(codeOf(await deleteFinding(input, otherExecutive))).toBe('FORBIDDEN');
      expect(codeOf(await deleteFinding(input, liaison))).toBe('FORBIDDEN');
      expect(codeOf(await deleteFinding(input, null))).toBe('UNAUTHENTICATED');
      expect(await findingsOf(report.slug)).toHaveLength(1);
      expect((await deleteFinding(input)).errors).toBeUndefined();
      expect(codeOf(await deleteFinding(input))).toBe('NOT_FOUND');
    });
  });

  describe('reorderFindings', () => {
    const seen = (findings: FindingRow[]) => findings.map(({ id, version }) => ({ id, version }));

    it('puts the findings in the order given, recording each move in the report’s history', async () => {
      const report = await newReport('a', 'b', 'c');
      const [a, b, c] = report.findings;
      const result = await reorderFindings({ reportId: report.id, findings: seen([b, a, c]) });
      expect(result.errors).toBeUndefined();
      expect(order(result.data!.reorderFindings.findings)).toEqual([
        ['b', 1],
        ['a', 2],
        ['c', 3],
      ]);
      const moves = (await historyOf(report.id)).filter((r) => r.field === 'position');
      expect(moves.map((r) => [r.subjectId, r.before, r.after, r.version]).sort()).toEqual(
        [
          [a.id, '1', '2', 2],
          [b.id, '2', '1', 2],
        ].sort(),
      );
      const audit = await t.dataSource
        .getRepository(AuditEvent)
        .findOneBy({ subjectId: report.id, action: 'finding.reorder' });
      expect(audit).toMatchObject({ subjectType: 'REPORT' });
      const unmoved = (await findingsOf(report.slug)).find((f) => f.id === c.id)!;
      expect(unmoved.version).toBe(1);
    });

    it('refuses a view that missed any change to the findings with CONFLICT, and moves nothing', async () => {
      const report = await newReport('a', 'b', 'c');
      const [a, b, c] = report.findings;
      // Someone else moves c to the top: a view from before it is stale, whichever finding it moves.
      expect((await reorderFindings({ reportId: report.id, findings: seen([c, a, b]) })).errors).toBeUndefined();
      const current = await findingsOf(report.slug);
      const stale = await reorderFindings({ reportId: report.id, findings: seen([b, a, c]) });
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
      expect(stale.errors![0].message).toContain('changed by someone else');
      expect(await findingsOf(report.slug)).toEqual(current);

      // An addition, an edit or a deletion the view did not see.
      const added = (await createFinding({ reportId: report.id, label: 'd', value: 1, unit: '%', position: 4 })).data!
        .createFinding;
      expect(codeOf(await reorderFindings({ reportId: report.id, findings: seen(current.reverse()) }))).toBe(
        'CONFLICT',
      );
      const withAdded = await findingsOf(report.slug);
      await updateFinding({ id: added.id, version: 1, label: 'd, edited' });
      expect(codeOf(await reorderFindings({ reportId: report.id, findings: seen([...withAdded].reverse()) }))).toBe(
        'CONFLICT',
      );
      const fresh = await findingsOf(report.slug);
      await deleteFinding({ id: added.id, version: 2 });
      expect(codeOf(await reorderFindings({ reportId: report.id, findings: seen([...fresh].reverse()) }))).toBe(
        'CONFLICT',
      );
      expect(order(await findingsOf(report.slug))).toEqual([
        ['c', 1],
        ['a', 2],
        ['b', 3],
      ]);
    });

    it('refuses a list that names a finding twice or one of another report', async () => {
      const report = await newReport('a', 'b');
      const other = await newReport('elsewhere');
      const [a, b] = report.findings;
      const twice = problem(await reorderFindings({ reportId: report.id, findings: seen([a, a]) }))!;
      expect(twice.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'findings' });
      const foreign = problem(await reorderFindings({ reportId: report.id, findings: seen([b, other.findings[0]]) }))!;
      expect(foreign.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'findings' });
      const notAnId = problem(await reorderFindings({ reportId: report.id, findings: [{ id: 'x', version: 1 }] }))!;
      expect(notAnId.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'findings.0.id' });
    });

    it('lets only the report’s executives reorder', async () => {
      const report = await newReport('a', 'b');
      const input = { reportId: report.id, findings: seen([...report.findings].reverse()) };
      expect(codeOf(await reorderFindings(input, otherExecutive))).toBe('FORBIDDEN');
      expect(codeOf(await reorderFindings(input, liaison))).toBe('FORBIDDEN');
      expect(codeOf(await reorderFindings(input, null))).toBe('UNAUTHENTICATED');
      expect(await findingsOf(report.slug)).toEqual(report.findings);
    });
  });

  it('runs its migration on a database that already holds the demo: findings at version 1 with their report’s stamps', async () => {
    const demo = await startTestApp();
    try {
      const columns = (table: string) => columnNames(demo.dataSource, table);
      await undoMigrationsThrough(demo.dataSource, 'FindingVersions1764300000000');
      expect(await columns('finding')).not.toContain('version');
      expect(await columns('revision')).not.toContain('report_id');
      const revisionsBefore = await demo.dataSource.query('SELECT COUNT(*) AS count FROM revision');

      await demo.dataSource.runMigrations();
      expect(await demo.dataSource.showMigrations()).toBe(false);
      const rows: { version: number; created_at: string; updated_at: string; report_created: string }[] =
        await demo.dataSource.query(
          `SELECT f.version, f.created_at, f.updated_at, r.created_at AS report_created FROM finding f JOIN report r ON r.id = f.report_id WHERE r.slug = 'islamophobia-and-the-muslim-experience'`,
        );
      expect(rows).toHaveLength(7);
      for (const row of rows) {
        expect(row).toMatchObject({ version: 1, created_at: row.report_created, updated_at: row.report_created });
      }
      expect(await demo.dataSource.query('SELECT COUNT(*) AS count FROM revision')).toEqual(revisionsBefore);
      // The append-only triggers of the revision table are still in place.
      await expect(demo.dataSource.query('DELETE FROM revision')).rejects.toThrow('revision is append-only');
    } finally {
      await demo.close();
    }
  });
});
