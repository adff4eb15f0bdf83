import { AuditEvent } from '../../src/audit/audit-event.entity';
import { SlugNamespace } from '../../src/common/slug-namespace';
import { ReportsService } from '../../src/reports/reports.service';
import { Revision } from '../../src/revisions/revision.entity';
import { createAccount, signIn, signInDemo } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

const LMN_PLAN = 'islamophobia-action-plan';
const LMN_REPORT = 'islamophobia-and-the-muslim-experience';
const PLAN =
  'id slug title counterpart agreedOn description isIllustrative version organisation { slug } reports { slug }';

interface PlanRow {
  id: string;
  slug: string;
  title: string;
  counterpart: string;
  agreedOn: string | null;
  description: string;
  isIllustrative: boolean;
  version: number;
  organisation: { slug: string };
  reports: { slug: string }[];
}

describe('createPlan and updatePlan', () => {
  let t: TestApp;
  let executive: string;
  let otherExecutive: string;
  let liaison: string;
  let lmnReportId: string;
  let bameReportId: string;
  beforeAll(async () => {
    t = await startTestApp();
    executive = await signInDemo(t, 'executive@example.org');
    liaison = await signInDemo(t, 'liaison@example.org');
    await createAccount(t, 'plans.bame@example.org', { executiveOf: 'bame-labour' });
    otherExecutive = await signIn(t, 'plans.bame@example.org');
    lmnReportId = (await t.app.get(ReportsService).getBySlug(LMN_REPORT)).id;
    const bameReport = await t.gql<{ createReport: { id: string } }>(
      'mutation ($input: CreateReportInput!) { createReport(input: $input) { id } }',
      { input: { slug: 'bame-members-survey', title: 'BAME members survey' } },
      otherExecutive,
    );
    bameReportId = bameReport.data!.createReport.id;
  });
  afterAll(() => t.close());

  const createPlan = (input: Record<string, unknown>, cookie?: string) =>
    t.gql<{ createPlan: PlanRow }>(
      `mutation ($input: CreatePlanInput!) { createPlan(input: $input) { ${PLAN} } }`,
      { input },
      cookie,
    );
  const updatePlan = (input: Record<string, unknown>, cookie?: string) =>
    t.gql<{ updatePlan: PlanRow }>(
      `mutation ($input: UpdatePlanInput!) { updatePlan(input: $input) { ${PLAN} } }`,
      { input },
      cookie,
    );
  /** A plan as its organisation's executive sees it: a new plan is a draft, hidden from the public. */
  const plan = async (slug: string): Promise<PlanRow> => {
    const { data, errors } = await t.gql<{ plan: PlanRow }>(
      `query ($slug: String!) { plan(slug: $slug) { ${PLAN} } }`,
      { slug },
      executive,
    );
    expect(errors).toBeUndefined();
    return data!.plan;
  };
  const revisionsOf = (subjectId: string) =>
    t.dataSource.getRepository(Revision).find({ where: { subjectId }, order: { createdAt: 'ASC', field: 'ASC' } });
  const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;

  let planCount = 0;
  const newPlan = async (): Promise<PlanRow> => {
    planCount += 1;
    const result = await createPlan(
      { slug: `lmn-test-plan-${planCount}`, title: 'A test plan', counterpart: 'Labour Party' },
      executive,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createPlan;
  };

  describe('createPlan', () => {
    it('adds a draft plan of the executive’s organisation, answering its reports', async () => {
      const result = await createPlan(
        {
          slug: 'islamophobia-action-plan-2025',
          title: 'Islamophobia Action Plan 2025',
          counterpart: 'Labour Party',
          agreedOn: '2025-01-20',
          description: 'The second plan.',
          reportIds: [lmnReportId, lmnReportId],
        },
        executive,
      );
      expect(result.errors).toBeUndefined();
      const created = result.data!.createPlan;
      expect(created).toMatchObject({
        slug: 'islamophobia-action-plan-2025',
        title: 'Islamophobia Action Plan 2025',
        counterpart: 'Labour Party',
        agreedOn: '2025-01-20',
        description: 'The second plan.',
        isIllustrative: false,
        version: 1,
        organisation: { slug: 'labour-muslim-network' },
        reports: [{ slug: LMN_REPORT }],
      });
      expect(await plan('islamophobia-action-plan-2025')).toEqual(created);
      const { data } = await t.gql<{ organisation: { plans: { slug: string }[] } }>(
        '{ organisation(slug: "labour-muslim-network") { plans { slug } } }',
        {},
        executive,
      );
      expect(data!.organisation.plans.map((p) => p.slug)).toContain('islamophobia-action-plan-2025');
      const audit = await t.dataSource.getRepository(AuditEvent).findOneBy({ subjectId: created.id });
      expect(audit).toMatchObject({ action: 'plan.create', subjectType: 'PLAN' });
    });

    it('may answer no report yet', async () => {
      expect((await newPlan()).reports).toEqual([]);
    });

    it('keeps organisation, plan and report slugs in one namespace', async () => {
      for (const slug of [LMN_PLAN, LMN_REPORT, 'lgbt-labour', 'bame-members-survey']) {
        const result = await createPlan({ slug, title: 'Clash', counterpart: 'Labour Party' }, executive);
        expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
      }
    });

    it('turns the database’s own refusal of a duplicate slug into the same answer', async () => {
      const check = jest.spyOn(t.app.get(SlugNamespace), 'assertFree').mockResolvedValueOnce(undefined);
      try {
        const result = await createPlan({ slug: LMN_PLAN, title: 'Clash', counterpart: 'Labour Party' }, executive);
        expect(check).toHaveBeenCalledTimes(1);
        expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
      } finally {
        check.mockRestore();
      }
      expect((await plan(LMN_PLAN)).title).not.toBe('Clash');
    });

    it('answers only reports of the executive’s own organisation', async () => {
      const result = await createPlan(
        {
          slug: 'borrowed-report-plan',
          title: 'x',
          counterpart: 'Labour Party',
          reportIds: [lmnReportId, bameReportId],
        },
        executive,
      );
      expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reportIds' });
      const unknown = await createPlan(
        {
          slug: 'unknown-report-plan',
          title: 'x',
          counterpart: 'Labour Party',
          reportIds: ['00000000-0000-4000-8000-000000000000'],
        },
        executive,
      );
      expect(codeOf(unknown)).toBe('NOT_FOUND');
      const malformed = await createPlan(
        { slug: 'malformed-report-plan', title: 'x', counterpart: 'Labour Party', reportIds: ['R1'] },
        executive,
      );
      expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reportIds' });
      for (const slug of ['borrowed-report-plan', 'unknown-report-plan', 'malformed-report-plan']) {
        expect(codeOf(await t.gql(`{ plan(slug: "${slug}") { id } }`, {}, executive))).toBe('NOT_FOUND');
      }
    });

    it('refuses bad input naming the field', async () => {
      const problem = async (input: Record<string, unknown>) =>
        (await createPlan({ slug: 'fine-plan', title: 'Fine', counterpart: 'Labour Party', ...input }, executive))
          .errors![0];
      expect((await problem({ slug: 'Fine Plan' })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'slug',
      });
      expect((await problem({ title: ' ' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      expect((await problem({ title: 'x'.repeat(301) })).extensions).toMatchObject({ field: 'title' });
      expect((await problem({ counterpart: '' })).extensions).toMatchObject({ field: 'counterpart' });
      expect((await problem({ counterpart: 'x'.repeat(201) })).extensions).toMatchObject({ field: 'counterpart' });
      const badDate = await problem({ agreedOn: '2024-02-30' });
      expect(badDate.extensions!.code).toBe('BAD_USER_INPUT');
      expect(badDate.message).toContain('agreedOn');
      expect((await problem({ isIllustrative: true })).extensions).toMatchObject({ field: 'isIllustrative' });
      expect(codeOf(await t.gql('{ plan(slug: "fine-plan") { id } }', {}, executive))).toBe('NOT_FOUND');
    });

    it('is for executives who are signed in', async () => {
      const input = { slug: 'not-allowed-plan', title: 'x', counterpart: 'Labour Party' };
      expect(codeOf(await createPlan(input, liaison))).toBe('FORBIDDEN');
      expect(codeOf(await createPlan(input))).toBe('UNAUTHENTICATED');
    });
  });

  describe('updatePlan', () => {
    it('edits the fields sent and records each changed field’s before and after', async () => {
      const created = await newPlan();
      const result = await updatePlan(
        { id: created.id, version: 1, title: 'Renamed plan', counterpart: 'Labour Party NEC', agreedOn: '2025-02-01' },
        executive,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.updatePlan).toMatchObject({
        slug: created.slug,
        title: 'Renamed plan',
        counterpart: 'Labour Party NEC',
        agreedOn: '2025-02-01',
        description: '',
        version: 2,
      });
      expect(await plan(created.slug)).toEqual(result.data!.updatePlan);
      expect(
        (await revisionsOf(created.id)).map((r) => [
          r.subjectType,
          r.commitmentId,
          r.field,
          r.before,
          r.after,
          r.version,
        ]),
      ).toEqual([
        ['PLAN', null, 'agreedOn', null, '2025-02-01', 2],
        ['PLAN', null, 'counterpart', 'Labour Party', 'Labour Party NEC', 2],
        ['PLAN', null, 'title', 'A test plan', 'Renamed plan', 2],
      ]);
      const cleared = await updatePlan({ id: created.id, version: 2, agreedOn: null, description: null }, executive);
      expect(cleared.data!.updatePlan).toMatchObject({ agreedOn: null, description: '', version: 3 });
      expect(
        (await revisionsOf(created.id)).filter((r) => r.version === 3).map((r) => [r.field, r.before, r.after]),
      ).toEqual([['agreedOn', '2025-02-01', null]]);
    });

    it('refuses a stale version with CONFLICT and the current version', async () => {
      const created = await newPlan();
      expect((await updatePlan({ id: created.id, version: 1, title: 'One' }, executive)).errors).toBeUndefined();
      const stale = await updatePlan({ id: created.id, version: 1, title: 'Two' }, executive);
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect((await plan(created.slug)).title).toBe('One');
    });

    it('lets only the executive of the owning organisation edit', async () => {
      const { id, version } = await plan(LMN_PLAN);
      const edit = { id, version, title: 'Rewritten' };
      expect(codeOf(await updatePlan(edit, otherExecutive))).toBe('FORBIDDEN');
      expect(codeOf(await updatePlan(edit, liaison))).toBe('FORBIDDEN');
      expect(codeOf(await updatePlan(edit))).toBe('UNAUTHENTICATED');
      expect(codeOf(await updatePlan({ ...edit, id: '00000000-0000-4000-8000-000000000000' }, executive))).toBe(
        'NOT_FOUND',
      );
      expect((await plan(LMN_PLAN)).version).toBe(version);
    });

    it('never changes the slug, and refuses bad input naming the field', async () => {
      const created = await newPlan();
      const problem = async (input: Record<string, unknown>) =>
        (await updatePlan({ id: created.id, version: 1, ...input }, executive)).errors![0];
      expect((await problem({ slug: 'moved' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
      expect((await problem({ title: '' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      expect((await problem({ title: null })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      expect((await problem({ title: 'x'.repeat(301) })).extensions).toMatchObject({ field: 'title' });
      expect((await problem({ counterpart: null })).extensions).toMatchObject({ field: 'counterpart' });
      const badDate = await problem({ agreedOn: '2024-02-30' });
      expect(badDate.extensions!.code).toBe('BAD_USER_INPUT');
      expect(badDate.message).toContain('agreedOn');
      expect((await plan(created.slug)).version).toBe(1);
    });
  });
});
