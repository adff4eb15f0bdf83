import { ActionPlan } from '../../src/plans/action-plan.entity';
import { PlansService } from '../../src/plans/plans.service';
import { OrganisationsService } from '../../src/organisations/organisations.service';
import { Finding } from '../../src/reports/finding.entity';
import { Report } from '../../src/reports/report.entity';
import { ReportsService } from '../../src/reports/reports.service';
import { StatusUpdate } from '../../src/ledger/status-update.entity';
import { holdsNoOrganisation } from '../../src/database/seed/demo-seed';
import { signIn, signInDemo } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Where SQLite and PostgreSQL store or compare values differently, the application answers the
 * same on both: this suite runs in the SQLite run and in the PostgreSQL run of the integration
 * tests. Booleans (0/1 against true/false), instants kept as text, case in names, where NULL
 * sorts, the size of integers and floats, and COUNT(*) (a bigint string in node-postgres).
 */
describe('values that the two databases keep differently', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reads booleans back as booleans, both ways, and filters on them', async () => {
    const plans = t.dataSource.getRepository(ActionPlan);
    const [illustrative] = await plans.findBy({ isIllustrative: true });
    expect(illustrative.isIllustrative).toBe(true);
    await plans.update({ id: illustrative.id }, { isIllustrative: false });
    const changed = await plans.findOneByOrFail({ id: illustrative.id });
    expect(changed.isIllustrative).toBe(false);
    expect((await plans.findBy({ isIllustrative: false })).map((plan) => plan.id)).toContain(illustrative.id);
    await plans.update({ id: illustrative.id }, { isIllustrative: true });
  });

  it('keeps instants as the exact text written, which sorts in time order', async () => {
    const entries = await t.dataSource
      .getRepository(StatusUpdate)
      .find({ order: { createdAt: 'DESC', sequence: 'DESC' }, take: 50 });
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) expect(entry.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const times = entries.map((entry) => Date.parse(entry.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('matches slugs exactly, case included, and emails whatever their case', async () => {
    await expect(t.app.get(PlansService).getBySlug('Islamophobia-Action-Plan')).rejects.toThrow();
    await expect(t.app.get(PlansService).getBySlug('islamophobia-action-plan')).resolves.toBeDefined();
    await signInDemo(t, 'executive@example.org');
    await expect(signIn(t, ' Executive@Example.ORG ')).resolves.toMatch(/session/);
  });

  it('puts reports and plans without a date after the dated ones, newest first', async () => {
    const organisation = await t.app.get(OrganisationsService).getBySlug('labour-muslim-network');
    const reports = t.dataSource.getRepository(Report);
    const [demo] = await reports.findBy({ organisationId: organisation.id });
    const stamp = new Date().toISOString();
    const extra = (slug: string, publishedOn: string | null): Report =>
      Object.assign(new Report(), {
        ...demo,
        id: `00000000-0000-4000-8000-${slug.padStart(12, '0').slice(-12)}`,
        slug,
        title: slug,
        publishedOn,
        createdAt: stamp,
        updatedAt: stamp,
      });
    await reports.insert([
      extra('dated-older', '2019-01-01'),
      extra('undated', null),
      extra('dated-newer', '2024-06-30'),
    ]);
    const order = (await t.app.get(ReportsService).findByOrganisationIds([organisation.id])).map((r) => r.slug);
    expect(order.indexOf('dated-newer')).toBeLessThan(order.indexOf('dated-older'));
    expect(order.indexOf('dated-older')).toBeLessThan(order.indexOf('undated'));

    const plans = t.dataSource.getRepository(ActionPlan);
    const [plan] = await plans.findBy({ organisationId: organisation.id });
    await plans.insert({ ...plan, id: '00000000-0000-4000-8000-00000000a9e1', slug: 'undated-plan', agreedOn: null });
    const planOrder = (await t.app.get(PlansService).findByOrganisationIds([organisation.id])).map((p) => p.slug);
    expect(planOrder[planOrder.length - 1]).toBe('undated-plan');
  });

  it('keeps a finding’s value to the precision of a JavaScript number', async () => {
    const findings = t.dataSource.getRepository(Finding);
    const [finding] = await findings.find({ take: 1 });
    for (const value of [1234567.8, 0.1 + 0.2, 33.333333333333336]) {
      await findings.update({ id: finding.id }, { value });
      expect((await findings.findOneByOrFail({ id: finding.id })).value).toBe(value);
    }
  });

  it('counts as numbers, and ledger sequence numbers stay numbers', async () => {
    const summaries = await t.app.get(OrganisationsService).summaries();
    expect(summaries.length).toBeGreaterThan(0);
    for (const summary of summaries) {
      expect(typeof summary.plans).toBe('number');
      expect(typeof summary.accounts).toBe('number');
    }
    expect(await holdsNoOrganisation(t.dataSource)).toBe(false);
    const [{ count }] = await t.dataSource.query('SELECT COUNT(*) AS count FROM status_update');
    expect(typeof count).toBe('number');
    const last = await t.dataSource.getRepository(StatusUpdate).maximum('sequence');
    expect(last).toBe(count);
  });
});
