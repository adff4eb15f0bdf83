import { signInDemo } from './support/accounts';
import { demoIds } from './support/demo';
import { sql } from './support/sql';
import { startTestApp, TestApp, UNLIMITED_WRITES } from './support/test-app';

const WRITERS = 5;
const ROUNDS = 200;
const UPDATE = 'mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { version title } }';

/**
 * Lost updates are impossible: several writers race to edit one milestone through the API, each
 * sending the version it last saw. Every write is either accepted (and in the history) or
 * refused with CONFLICT and the current version; nothing else happens.
 */
describe('concurrent edits of one milestone', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A thousand writes in seconds are a race, not people at work: the write limits stand aside.
    t = await startTestApp({ env: UNLIMITED_WRITES });
  });
  afterAll(() => t.close());

  it(`keeps every accepted write of ${WRITERS} writers × ${ROUNDS} rounds and refuses every stale one`, async () => {
    const cookie = await signInDemo(t, 'executive@example.org');
    const milestoneId = (await demoIds(t)).milestone('C6', 1);
    const accepted: string[] = [];
    let conflicts = 0;
    const other: unknown[] = [];

    const writer = async (w: number): Promise<void> => {
      let version = 1;
      for (let round = 0; round < ROUNDS; round++) {
        const title = `Writer ${w}, round ${round}`;
        const result = await t.gql<{ updateMilestone: { version: number } }>(
          UPDATE,
          { input: { id: milestoneId, version, title } },
          cookie,
        );
        if (result.data?.updateMilestone) {
          accepted.push(title);
          version = result.data.updateMilestone.version;
        } else if (result.errors?.[0].extensions?.code === 'CONFLICT') {
          conflicts += 1;
          version = Number(result.errors[0].extensions.currentVersion);
        } else {
          other.push(result);
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));

    expect(other).toEqual([]);
    expect(accepted.length + conflicts).toBe(WRITERS * ROUNDS);
    expect(conflicts).toBeGreaterThan(0);
    const [{ version }] = await sql(t.dataSource, 'SELECT version FROM milestone WHERE id = ?', [milestoneId]);
    expect(version).toBe(1 + accepted.length);
    const revisions: { after: string; version: number }[] = await sql(
      t.dataSource,
      `SELECT "after", version FROM revision WHERE subject_id = ? AND field = 'title' ORDER BY version`,
      [milestoneId],
    );
    expect(revisions.map((r) => r.after).sort()).toEqual([...accepted].sort());
    expect(revisions.map((r) => r.version)).toEqual(accepted.map((_, i) => i + 2));
    process.stdout.write(
      `concurrency: ${accepted.length} accepted, ${conflicts} conflicts, final version ${version}\n`,
    );
  });
});
