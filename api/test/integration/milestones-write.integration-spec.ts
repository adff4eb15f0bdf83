import { AuditService } from '../../src/audit/audit.service';
import { Revision } from '../../src/revisions/revision.entity';
import { createAccount, signIn, signInDemo } from './support/accounts';
import { demoIds } from './support/demo';
import { undoMigrationsThrough } from './support/migrations';
import { sql } from './support/sql';
import { startTestApp, TestApp } from './support/test-app';

const MILESTONE = 'id reference title description dueDate version';
const CREATE = `mutation ($input: CreateMilestoneInput!) { createMilestone(input: $input) { ${MILESTONE} } }`;
const UPDATE = `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { ${MILESTONE} } }`;

interface MilestoneRow {
  id: string;
  reference: string;
  title: string;
  description: string;
  dueDate: string | null;
  version: number;
}
interface RevisionRow {
  __typename: string;
  subjectType: string;
  subjectId: string;
  field: string;
  before: string | null;
  after: string | null;
  version: number;
}

describe('createMilestone and updateMilestone', () => {
  let t: TestApp;
  let executive: string;
  let otherExecutive: string;
  let liaison: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  beforeAll(async () => {
    t = await startTestApp();
    executive = await signInDemo(t, 'executive@example.org');
    liaison = await signInDemo(t, 'liaison@example.org');
    await createAccount(t, 'milestones.bame@example.org', { executiveOf: 'bame-labour' });
    otherExecutive = await signIn(t, 'milestones.bame@example.org');
    ids = await demoIds(t);
  });
  afterAll(() => t.close());

  const create = (input: Record<string, unknown>, cookie?: string) =>
    t.gql<{ createMilestone: MilestoneRow }>(CREATE, { input }, cookie);
  const update = (input: Record<string, unknown>, cookie?: string) =>
    t.gql<{ updateMilestone: MilestoneRow }>(UPDATE, { input }, cookie);

  /** The milestones of a commitment as the public sees them. */
  const milestonesOf = async (commitmentId: string): Promise<MilestoneRow[]> => {
    const { data } = await t.gql<{ commitment: { milestones: MilestoneRow[] } }>(
      `query ($id: ID!) { commitment(id: $id) { milestones { ${MILESTONE} } } }`,
      { id: commitmentId },
    );
    return data!.commitment.milestones;
  };
  const milestone = async (commitmentId: string, id: string): Promise<MilestoneRow> =>
    (await milestonesOf(commitmentId)).find((m) => m.id === id)!;

  /** The revisions in a commitment's public history that concern `subjectId`. */
  const revisionsOf = async (commitmentId: string, subjectId: string): Promise<RevisionRow[]> => {
    const { data, errors } = await t.gql<{ commitment: { history: { edges: { node: RevisionRow }[] } } }>(
      `query ($id: ID!) { commitment(id: $id) { history(first: 100) { edges { node {
        __typename ... on Revision { subjectType subjectId field before after version } } } } } }`,
      { id: commitmentId },
    );
    expect(errors).toBeUndefined();
    return data!.commitment.history.edges
      .map((e) => e.node)
      .filter((n) => n.__typename === 'Revision' && n.subjectId === subjectId);
  };

  it('adds a milestone at the end of the commitment, at version 1, for everyone to see', async () => {
    const commitmentId = ids.commitment('C4');
    const before = await milestonesOf(commitmentId);
    const result = await create(
      { commitmentId, title: '  Terms of reference agreed  ', dueDate: '2031-03-31' },
      executive,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createMilestone).toMatchObject({
      title: 'Terms of reference agreed',
      description: '',
      dueDate: '2031-03-31',
      version: 1,
    });
    const after = await milestonesOf(commitmentId);
    expect(after).toHaveLength(before.length + 1);
    expect(after[after.length - 1].id).toBe(result.data!.createMilestone.id);
  });

  it('edits the fields sent, keeps the others, and records one revision per changed field', async () => {
    const commitmentId = ids.commitment('C2');
    const id = ids.milestone('C2', 0);
    const original = await milestone(commitmentId, id);
    const result = await update(
      {
        id,
        version: original.version,
        title: 'A clearer title',
        dueDate: '2031-01-15',
        description: original.description,
      },
      executive,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateMilestone).toMatchObject({
      title: 'A clearer title',
      dueDate: '2031-01-15',
      description: original.description,
      version: original.version + 1,
    });
    expect(await milestone(commitmentId, id)).toEqual(result.data!.updateMilestone);
    const revisions = await revisionsOf(commitmentId, id);
    expect(
      revisions.map(({ field, before, after, version, subjectType }) => ({
        field,
        before,
        after,
        version,
        subjectType,
      })),
    ).toEqual(
      expect.arrayContaining([
        {
          field: 'title',
          before: original.title,
          after: 'A clearer title',
          version: original.version + 1,
          subjectType: 'MILESTONE',
        },
        {
          field: 'dueDate',
          before: original.dueDate,
          after: '2031-01-15',
          version: original.version + 1,
          subjectType: 'MILESTONE',
        },
      ]),
    );
    expect(revisions).toHaveLength(2);
  });

  it('clears the due date with null and the description with null to empty', async () => {
    const commitmentId = ids.commitment('C3');
    const id = ids.milestone('C3', 0);
    const original = await milestone(commitmentId, id);
    await update({ id, version: original.version, description: 'Some words' }, executive);
    const result = await update({ id, version: original.version + 1, dueDate: null, description: null }, executive);
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateMilestone).toMatchObject({ dueDate: null, description: '', title: original.title });
    const cleared = (await revisionsOf(commitmentId, id)).filter((r) => r.version === original.version + 2);
    expect(cleared).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'dueDate', before: original.dueDate, after: null }),
        expect.objectContaining({ field: 'description', before: 'Some words', after: '' }),
      ]),
    );
  });

  it('refuses a stale version with CONFLICT and the current version, changing nothing', async () => {
    const commitmentId = ids.commitment('C5');
    const id = ids.milestone('C5', 0);
    const original = await milestone(commitmentId, id);
    expect((await update({ id, version: original.version, title: 'First writer' }, executive)).errors).toBeUndefined();
    const stale = await update({ id, version: original.version, title: 'Second writer' }, executive);
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: original.version + 1 });
    expect(await milestone(commitmentId, id)).toMatchObject({ title: 'First writer', version: original.version + 1 });
  });

  it('lets only the executive of the owning organisation write', async () => {
    const commitmentId = ids.commitment('C6');
    const id = ids.milestone('C6', 0);
    const { version } = await milestone(commitmentId, id);
    const code = async (cookie?: string) =>
      (await update({ id, version, title: 'Taken over' }, cookie)).errors![0].extensions!.code;
    expect(await code(otherExecutive)).toBe('FORBIDDEN');
    expect(await code(liaison)).toBe('FORBIDDEN');
    expect(await code(undefined)).toBe('UNAUTHENTICATED');
    expect((await create({ commitmentId, title: 'Taken over' }, otherExecutive)).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect((await create({ commitmentId, title: 'Taken over' })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(await milestone(commitmentId, id)).toMatchObject({ version });
  });

  it('answers NOT_FOUND for an id it never gave out', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await update({ id: unknown, version: 1, title: 'x' }, executive)).errors![0].extensions!.code).toBe(
      'NOT_FOUND',
    );
    expect((await create({ commitmentId: unknown, title: 'x' }, executive)).errors![0].extensions!.code).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses bad input with BAD_USER_INPUT naming the field', async () => {
    const commitmentId = ids.commitment('C7');
    const id = ids.milestone('C7', 0);
    const { version } = await milestone(commitmentId, id);
    const problem = async (input: Record<string, unknown>) => {
      const result = await update({ id, version, ...input }, executive);
      expect(result.errors).toHaveLength(1);
      return result.errors![0];
    };
    expect((await problem({ title: '   ' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect((await problem({ title: 'x'.repeat(301) })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'title',
    });
    expect((await problem({ title: null })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect((await problem({ description: 'x'.repeat(5001) })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'description',
    });
    const badDate = await problem({ dueDate: '2024-02-30' });
    expect(badDate.extensions!.code).toBe('BAD_USER_INPUT');
    expect(badDate.message).toContain('dueDate');
    expect((await problem({ id: 'not-an-id' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await create({ commitmentId, title: '' }, executive)).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'title',
    });
    expect(await milestone(commitmentId, id)).toMatchObject({ version });
  });

  it('rolls the whole edit back when the audit row cannot be written', async () => {
    const commitmentId = ids.commitment('C8');
    const id = ids.milestone('C8', 0);
    const original = await milestone(commitmentId, id);
    const revisions = t.dataSource.getRepository(Revision);
    const revisionsBefore = await revisions.countBy({ subjectId: id });
    const spy = jest.spyOn(t.app.get(AuditService), 'record').mockRejectedValueOnce(new Error('disk full'));
    try {
      const result = await update(
        { id, version: original.version, title: 'Never written', dueDate: '2032-01-01' },
        executive,
      );
      expect(result.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      expect(result.errors![0].message).not.toContain('disk full');
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
    expect(await milestone(commitmentId, id)).toEqual(original);
    expect(await revisions.countBy({ subjectId: id })).toBe(revisionsBefore);
    expect(await revisionsOf(commitmentId, id)).toHaveLength(revisionsBefore);
    const retry = await update({ id, version: original.version, title: 'Written on retry' }, executive);
    expect(retry.data!.updateMilestone).toMatchObject({ title: 'Written on retry', version: original.version + 1 });
  });
  it('numbers a new milestone after the highest reference its commitment uses', async () => {
    const before = await milestonesOf(ids.commitment('C2'));
    const created = (await create({ commitmentId: ids.commitment('C2'), title: 'Numbered step' }, executive)).data!
      .createMilestone;
    const highest = Math.max(0, ...before.map((m) => Number(/^M(\d+)$/.exec(m.reference)?.[1] ?? 0)));
    expect(created.reference).toBe(`M${highest + 1}`);
    expect((await milestonesOf(ids.commitment('C2'))).map((m) => m.reference)).toContain(created.reference);
  });

  it('runs its reference migration on a database that holds the demo: M1, M2, … in each commitment’s order', async () => {
    const demo = await startTestApp();
    try {
      await undoMigrationsThrough(demo.dataSource, 'MilestoneReferences1764400000000');
      await demo.dataSource.runMigrations();
      const rows: { commitment_id: string; reference: string; position: number }[] = await demo.dataSource.query(
        'SELECT commitment_id, reference, position FROM milestone ORDER BY commitment_id, position, id',
      );
      expect(rows.length).toBeGreaterThan(0);
      const seen = new Map<string, number>();
      for (const row of rows) {
        const n = (seen.get(row.commitment_id) ?? 0) + 1;
        seen.set(row.commitment_id, n);
        expect(row.reference).toBe(`M${n}`);
      }
      // A commitment with two milestones or more (ids are random, so not always the first row's).
      const second = rows.find((row) => row.reference === 'M2')!;
      await expect(
        sql(demo.dataSource, `UPDATE milestone SET reference = 'M1' WHERE commitment_id = ? AND reference = 'M2'`, [
          second.commitment_id,
        ]),
      ).rejects.toThrow(/unique/i);
    } finally {
      await demo.close();
    }
  });
});
