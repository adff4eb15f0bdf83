import { demoIds } from './support/demo';
import { undoMigrationsThrough } from './support/migrations';
import { sql } from './support/sql';
import { startTestApp, TestApp } from './support/test-app';

describe('roundtables and their asks', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t);
  });
  afterAll(() => t.close());

  // Last: it drops and remakes the roundtable tables under the running app.
  it('runs its migration on a database that holds the demo, and the tables keep their rules', async () => {
    await undoMigrationsThrough(t.dataSource, 'Roundtables1764900000000');
    await t.dataSource.runMigrations();
    expect(await t.dataSource.showMigrations()).toBe(false);
    const [plan] = await sql(t.dataSource, 'SELECT id FROM action_plan WHERE id = ?', [ids.planId]);
    expect(plan).toBeDefined();
    const now = '2030-01-01T00:00:00.000Z';
    const roundtable = (id: string, audience: string) =>
      sql(
        t.dataSource,
        `INSERT INTO roundtable (id, plan_id, title, audience, starts_at, ends_at, created_at, updated_at)
         VALUES (?, ?, 'Migration check', ?, ?, ?, ?, ?)`,
        [id, ids.planId, audience, now, now, now, now],
      );
    await roundtable('r1', 'MEMBERS');
    await expect(roundtable('r2', 'EVERYONE')).rejects.toThrow(/check/i);
    const registration = (id: string, email: string | null) =>
      sql(
        t.dataSource,
        `INSERT INTO roundtable_registration (id, roundtable_id, name, email, consented_at, status, position, created_at, updated_at)
         VALUES (?, 'r1', ?, ?, ?, 'CONFIRMED', 1, ?, ?)`,
        [id, email === null ? null : 'A Person', email, now, now, now],
      );
    await registration('g1', 'person@example.org');
    await expect(registration('g2', 'person@example.org')).rejects.toThrow(/unique|duplicate/i);
    // Erased registrations keep their rows with no email: any number of them.
    await registration('g3', null);
    await registration('g4', null);
    await sql(
      t.dataSource,
      `INSERT INTO roundtable_ask (id, roundtable_id, plan_id, statement, position, created_at, updated_at)
       VALUES ('a1', 'r1', ?, 'An ask', 1, ?, ?)`,
      [ids.planId, now, now],
    );
    const link = (id: string, commitmentId: string | null, milestoneId: string | null) =>
      sql(
        t.dataSource,
        `INSERT INTO roundtable_ask_link (id, ask_id, commitment_id, milestone_id, created_at) VALUES (?, 'a1', ?, ?, ?)`,
        [id, commitmentId, milestoneId, now],
      );
    await link('l1', ids.commitment('C1'), null);
    await expect(link('l2', ids.commitment('C1'), null)).rejects.toThrow(/unique|duplicate/i);
    await expect(link('l3', ids.commitment('C2'), ids.milestone('C2', 0))).rejects.toThrow(/check/i);
    await expect(link('l4', null, null)).rejects.toThrow(/check/i);
  });
});
