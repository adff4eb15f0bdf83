import { createAccount } from './support/accounts';
import { sql } from './support/sql';
import { startTestApp, TestApp } from './support/test-app';

/** The process clock (CLOCK_START) decides "today" and every stored instant, so a run shows the same dates on any day. */
describe('the process clock', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { CLOCK_START: '2030-01-15T12:00:00Z' } });
  });
  afterAll(() => t.close());

  it('computes the deadline lens for the day the clock shows and seeds the demo around it', async () => {
    const { data, errors } = await t.gql<{
      plan: {
        summary: { asOf: string };
        commitments: { edges: { node: { reference: string; dueDate: string | null } }[] };
      };
    }>(
      '{ plan(slug: "islamophobia-action-plan") { summary { asOf } commitments(first: 100) { edges { node { reference dueDate } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.plan.summary.asOf).toBe('2030-01-15');
    // C4 was due 60 days before the demo's today.
    const c4 = data!.plan.commitments.edges.find((edge) => edge.node.reference === 'C4');
    expect(c4?.node.dueDate).toBe('2029-11-16');
  });

  it('stamps what is written now with the clock’s time', async () => {
    await createAccount(t, 'clock@example.org', { executiveOf: 'labour-muslim-network' });
    const [user] = await sql(t.dataSource, 'SELECT created_at AS "createdAt" FROM "user" WHERE email = ?', [
      'clock@example.org',
    ]);
    const [audit] = await t.dataSource.query(
      'SELECT created_at AS "createdAt" FROM audit_event ORDER BY created_at DESC LIMIT 1',
    );
    expect(user.createdAt).toMatch(/^2030-01-15T12:/);
    expect(audit.createdAt).toMatch(/^2030-01-15T12:/);
  });
});
