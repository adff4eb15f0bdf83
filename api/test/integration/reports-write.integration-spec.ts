import { AuditEvent } from '../../src/audit/audit-event.entity';
import { SlugNamespace } from '../../src/common/slug-namespace';
import { Revision } from '../../src/revisions/revision.entity';
import { createAccount, signIn, signInDemo } from './support/accounts';
import { startTestApp, TestApp } from './support/test-app';

const LMN_REPORT = 'islamophobia-and-the-muslim-experience';
const REPORT = 'id slug title publishedOn summary url isIllustrative version organisation { slug }';
const RECOMMENDATION = 'id reference title body theme response isIllustrative version';

interface ReportRow {
  id: string;
  slug: string;
  title: string;
  publishedOn: string | null;
  summary: string;
  url: string | null;
  isIllustrative: boolean;
  version: number;
  organisation: { slug: string };
}
interface RecommendationRow {
  id: string;
  reference: string;
  title: string;
  body: string;
  theme: string | null;
  response: string;
  isIllustrative: boolean;
  version: number;
}

describe('reports and recommendations: the write path', () => {
  let t: TestApp;
  let executive: string;
  let otherExecutive: string;
  let liaison: string;
  beforeAll(async () => {
    t = await startTestApp();
    executive = await signInDemo(t, 'executive@example.org');
    liaison = await signInDemo(t, 'liaison@example.org');
    await createAccount(t, 'reports.bame@example.org', { executiveOf: 'bame-labour' });
    otherExecutive = await signIn(t, 'reports.bame@example.org');
  });
  afterAll(() => t.close());

  const createReport = (input: Record<string, unknown>, cookie?: string) =>
    t.gql<{ createReport: ReportRow }>(
      `mutation ($input: CreateReportInput!) { createReport(input: $input) { ${REPORT} } }`,
      { input },
      cookie,
    );
  const updateReport = (input: Record<string, unknown>, cookie?: string) =>
    t.gql<{ updateReport: ReportRow }>(
      `mutation ($input: UpdateReportInput!) { updateReport(input: $input) { ${REPORT} } }`,
      { input },
      cookie,
    );
  const createRecommendation = (input: Record<string, unknown>, cookie?: string) =>
    t.gql<{ createRecommendation: RecommendationRow }>(
      `mutation ($input: CreateRecommendationInput!) { createRecommendation(input: $input) { ${RECOMMENDATION} } }`,
      { input },
      cookie,
    );
  const updateRecommendation = (input: Record<string, unknown>, cookie?: string) =>
    t.gql<{ updateRecommendation: RecommendationRow }>(
      `mutation ($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { ${RECOMMENDATION} } }`,
      { input },
      cookie,
    );
  const report = async (slug: string) => {
    const { data, errors } = await t.gql<{ report: ReportRow & { recommendations: RecommendationRow[] } }>(
      `query ($slug: String!) { report(slug: $slug) { ${REPORT} recommendations { ${RECOMMENDATION} } } }`,
      { slug },
    );
    expect(errors).toBeUndefined();
    return data!.report;
  };
  const revisionsOf = (subjectId: string) =>
    t.dataSource.getRepository(Revision).find({ where: { subjectId }, order: { createdAt: 'ASC', field: 'ASC' } });
  const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;

  /** A new report of LMN, made through the API. */
  let reportCount = 0;
  const newReport = async (): Promise<ReportRow> => {
    reportCount += 1;
    const result = await createReport({ slug: `lmn-test-report-${reportCount}`, title: 'A test report' }, executive);
    expect(result.errors).toBeUndefined();
    return result.data!.createReport;
  };

  describe('createReport', () => {
    it('adds a report of the executive’s own organisation that the public can read', async () => {
      const result = await createReport(
        {
          slug: 'muslim-members-survey-2024',
          title: '  Muslim members survey 2024 ',
          publishedOn: '2024-05-01',
          summary: 'What members told us.',
          url: 'https://example.org/survey-2024.pdf',
        },
        executive,
      );
      expect(result.errors).toBeUndefined();
      const created = result.data!.createReport;
      expect(created).toMatchObject({
        slug: 'muslim-members-survey-2024',
        title: 'Muslim members survey 2024',
        publishedOn: '2024-05-01',
        summary: 'What members told us.',
        url: 'https://example.org/survey-2024.pdf',
        isIllustrative: false,
        version: 1,
        organisation: { slug: 'labour-muslim-network' },
      });
      expect(await report('muslim-members-survey-2024')).toMatchObject({ ...created, recommendations: [] });
      const audit = await t.dataSource.getRepository(AuditEvent).findOneBy({ subjectId: created.id });
      expect(audit).toMatchObject({ action: 'report.create', subjectType: 'REPORT' });
    });

    it('keeps organisation, plan and report slugs in one namespace', async () => {
      for (const slug of [LMN_REPORT, 'islamophobia-action-plan', 'bame-labour']) {
        const result = await createReport({ slug, title: 'Clash' }, executive);
        expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
      }
    });

    it('turns the database’s own refusal of a duplicate slug into the same answer', async () => {
      const check = jest.spyOn(t.app.get(SlugNamespace), 'assertFree').mockResolvedValueOnce(undefined);
      try {
        const result = await createReport({ slug: LMN_REPORT, title: 'Clash' }, executive);
        expect(check).toHaveBeenCalledTimes(1);
        expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
      } finally {
        check.mockRestore();
      }
      expect((await report(LMN_REPORT)).title).not.toBe('Clash');
    });

    it('refuses bad input naming the field', async () => {
      const field = async (input: Record<string, unknown>) =>
        (await createReport({ slug: 'fine-slug', title: 'Fine', ...input }, executive)).errors![0].extensions;
      expect(await field({ slug: 'Not A Slug' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
      expect(await field({ title: '' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      expect(await field({ title: 'x'.repeat(301) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      expect(await field({ url: 'javascript:alert(1)' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      expect(await field({ url: 'ftp://example.org/report' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      const badDate = await createReport({ slug: 'fine-slug', title: 'Fine', publishedOn: '2024-02-30' }, executive);
      expect(badDate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publishedOn' });
      expect(badDate.errors![0].message).toContain('calendar date');
      expect(await field({ organisationId: 'x' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationId' });
      expect((await t.gql('{ report(slug: "fine-slug") { id } }')).errors![0].extensions!.code).toBe('NOT_FOUND');
    });

    it('is for executives who are signed in', async () => {
      expect(codeOf(await createReport({ slug: 'by-a-liaison', title: 'x' }, liaison))).toBe('FORBIDDEN');
      expect(codeOf(await createReport({ slug: 'signed-out', title: 'x' }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('updateReport', () => {
    it('edits the fields sent and records each changed field’s before and after', async () => {
      const created = (
        await createReport(
          { slug: 'report-to-edit', title: 'Draft title', publishedOn: '2024-01-10', url: 'https://example.org/a' },
          executive,
        )
      ).data!.createReport;
      const result = await updateReport(
        { id: created.id, version: 1, title: 'Final title', publishedOn: '2024-01-12', summary: 'Now summarised.' },
        executive,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.updateReport).toMatchObject({
        title: 'Final title',
        publishedOn: '2024-01-12',
        summary: 'Now summarised.',
        url: 'https://example.org/a',
        version: 2,
      });
      expect(await report('report-to-edit')).toMatchObject({ title: 'Final title', version: 2 });
      const revisions = await revisionsOf(created.id);
      expect(
        revisions.map(({ subjectType, commitmentId, field, before, after, version }) => ({
          subjectType,
          commitmentId,
          field,
          before,
          after,
          version,
        })),
      ).toEqual([
        {
          subjectType: 'REPORT',
          commitmentId: null,
          field: 'publishedOn',
          before: '2024-01-10',
          after: '2024-01-12',
          version: 2,
        },
        {
          subjectType: 'REPORT',
          commitmentId: null,
          field: 'summary',
          before: '',
          after: 'Now summarised.',
          version: 2,
        },
        {
          subjectType: 'REPORT',
          commitmentId: null,
          field: 'title',
          before: 'Draft title',
          after: 'Final title',
          version: 2,
        },
      ]);

      const cleared = await updateReport({ id: created.id, version: 2, url: null, summary: null }, executive);
      expect(cleared.data!.updateReport).toMatchObject({ url: null, summary: '', title: 'Final title', version: 3 });
      expect(
        (await revisionsOf(created.id)).filter((r) => r.version === 3).map((r) => [r.field, r.before, r.after]),
      ).toEqual(
        expect.arrayContaining([
          ['url', 'https://example.org/a', null],
          ['summary', 'Now summarised.', ''],
        ]),
      );
    });

    it('changes nothing and writes no revision when nothing differs', async () => {
      const created = await newReport();
      const result = await updateReport({ id: created.id, version: 1, title: created.title }, executive);
      expect(result.data!.updateReport.version).toBe(1);
      expect(await revisionsOf(created.id)).toEqual([]);
    });

    it('refuses a stale version with CONFLICT and the current version', async () => {
      const created = await newReport();
      expect((await updateReport({ id: created.id, version: 1, title: 'One' }, executive)).errors).toBeUndefined();
      const stale = await updateReport({ id: created.id, version: 1, title: 'Two' }, executive);
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect((await report(created.slug)).title).toBe('One');
    });

    it('lets only the executive of the owning organisation edit', async () => {
      const { id, version } = await report(LMN_REPORT);
      const edit = { id, version, title: 'Rewritten' };
      expect(codeOf(await updateReport(edit, otherExecutive))).toBe('FORBIDDEN');
      expect(codeOf(await updateReport(edit, liaison))).toBe('FORBIDDEN');
      expect(codeOf(await updateReport(edit))).toBe('UNAUTHENTICATED');
      expect(codeOf(await updateReport({ ...edit, id: '00000000-0000-4000-8000-000000000000' }, executive))).toBe(
        'NOT_FOUND',
      );
      expect((await report(LMN_REPORT)).version).toBe(version);
    });

    it('never changes the slug, and refuses bad input naming the field', async () => {
      const created = await newReport();
      const field = async (input: Record<string, unknown>) =>
        (await updateReport({ id: created.id, version: 1, ...input }, executive)).errors![0].extensions;
      expect(await field({ slug: 'another-slug' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
      expect(await field({ title: '' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      expect(await field({ title: null })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      expect(await field({ title: 'x'.repeat(301) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      expect(await field({ url: 'javascript:alert(1)' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      expect(await field({ version: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
      const badDate = await updateReport({ id: created.id, version: 1, publishedOn: '2024-02-30' }, executive);
      expect(badDate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publishedOn' });
      expect(badDate.errors![0].message).toContain('calendar date');
      expect((await report(created.slug)).version).toBe(1);
    });
  });

  describe('createRecommendation', () => {
    it('adds a recommendation after the last one, with no response yet, for the public report', async () => {
      const { id: reportId, recommendations } = await report(LMN_REPORT);
      const result = await createRecommendation(
        { reportId, reference: 'R11', title: 'Publish an annual equality audit', body: 'Every year.', theme: 'Data' },
        executive,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.createRecommendation).toMatchObject({
        reference: 'R11',
        title: 'Publish an annual equality audit',
        body: 'Every year.',
        theme: 'Data',
        response: 'NO_RESPONSE',
        isIllustrative: false,
        version: 1,
      });
      const after = (await report(LMN_REPORT)).recommendations;
      expect(after).toHaveLength(recommendations.length + 1);
      expect(after[after.length - 1]).toEqual(result.data!.createRecommendation);
    });

    it('takes a response, and blank optional text as empty', async () => {
      const created = await newReport();
      const result = await createRecommendation(
        { reportId: created.id, reference: 'R1', title: 'First', response: 'ACCEPTED_IN_PART', theme: '  ' },
        executive,
      );
      expect(result.data!.createRecommendation).toMatchObject({ response: 'ACCEPTED_IN_PART', theme: null, body: '' });
    });

    it('keeps references unique within a report, not across reports', async () => {
      const { id: reportId } = await report(LMN_REPORT);
      const duplicate = await createRecommendation({ reportId, reference: 'R1', title: 'Again' }, executive);
      expect(duplicate.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reference' });
      const elsewhere = await newReport();
      const fine = await createRecommendation({ reportId: elsewhere.id, reference: 'R1', title: 'Again' }, executive);
      expect(fine.errors).toBeUndefined();
    });

    it('refuses bad input naming the field', async () => {
      const { id: reportId } = await report(LMN_REPORT);
      const problem = async (input: Record<string, unknown>) =>
        (await createRecommendation({ reportId, reference: 'R50', title: 'Fine', ...input }, executive)).errors![0];
      for (const reference of ['', '-R1', 'R 1', 'R'.repeat(21), 'R1/2']) {
        expect((await problem({ reference })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reference' });
      }
      expect((await problem({ title: '' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      expect((await problem({ title: 'x'.repeat(301) })).extensions).toMatchObject({ field: 'title' });
      expect((await problem({ theme: 'x'.repeat(101) })).extensions).toMatchObject({ field: 'theme' });
      const badEnum = await problem({ response: 'MAYBE' });
      expect(badEnum.extensions!.code).toBe('BAD_USER_INPUT');
      expect(badEnum.message).toContain('response');
      expect((await problem({ reportId: 'R1' })).extensions).toMatchObject({ field: 'reportId' });
      expect((await problem({ reportId: '00000000-0000-4000-8000-000000000000' })).extensions!.code).toBe('NOT_FOUND');
      expect((await report(LMN_REPORT)).recommendations.map((r) => r.reference)).not.toContain('R50');
    });

    it('lets only the executive of the report’s organisation add one', async () => {
      const { id: reportId } = await report(LMN_REPORT);
      const input = { reportId, reference: 'R60', title: 'Not theirs' };
      expect(codeOf(await createRecommendation(input, otherExecutive))).toBe('FORBIDDEN');
      expect(codeOf(await createRecommendation(input, liaison))).toBe('FORBIDDEN');
      expect(codeOf(await createRecommendation(input))).toBe('UNAUTHENTICATED');
    });
  });

  describe('updateRecommendation', () => {
    const recommendation = async (reference: string) =>
      (await report(LMN_REPORT)).recommendations.find((r) => r.reference === reference)!;

    it('edits the fields sent and records each changed field’s before and after', async () => {
      const original = await recommendation('R2');
      const result = await updateRecommendation(
        { id: original.id, version: original.version, response: 'ACCEPTED_IN_PART', theme: null, title: 'Sharper' },
        executive,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.updateRecommendation).toMatchObject({
        reference: 'R2',
        body: original.body,
        response: 'ACCEPTED_IN_PART',
        theme: null,
        title: 'Sharper',
        version: original.version + 1,
      });
      expect(await recommendation('R2')).toEqual(result.data!.updateRecommendation);
      const revisions = await revisionsOf(original.id);
      expect(revisions.map((r) => [r.subjectType, r.commitmentId, r.field, r.before, r.after])).toEqual([
        ['RECOMMENDATION', null, 'response', original.response, 'ACCEPTED_IN_PART'],
        ['RECOMMENDATION', null, 'theme', original.theme, null],
        ['RECOMMENDATION', null, 'title', original.title, 'Sharper'],
      ]);
    });

    it('renames a reference unless another recommendation of the report has it', async () => {
      const original = await recommendation('R3');
      const taken = await updateRecommendation(
        { id: original.id, version: original.version, reference: 'R4' },
        executive,
      );
      expect(taken.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reference' });
      const renamed = await updateRecommendation(
        { id: original.id, version: original.version, reference: 'R3a' },
        executive,
      );
      expect(renamed.data!.updateRecommendation).toMatchObject({ reference: 'R3a', version: original.version + 1 });
      const back = await updateRecommendation(
        { id: original.id, version: original.version + 1, reference: 'R3' },
        executive,
      );
      expect(back.data!.updateRecommendation.reference).toBe('R3');
    });

    it('refuses a stale version with CONFLICT and the current version', async () => {
      const original = await recommendation('R5');
      const first = await updateRecommendation({ id: original.id, version: original.version, body: 'One' }, executive);
      expect(first.errors).toBeUndefined();
      const stale = await updateRecommendation({ id: original.id, version: original.version, body: 'Two' }, executive);
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: original.version + 1 });
      expect((await recommendation('R5')).body).toBe('One');
    });

    it('lets only the executive of the owning organisation edit, and refuses bad input', async () => {
      const original = await recommendation('R6');
      const edit = { id: original.id, version: original.version, title: 'Rewritten' };
      expect(codeOf(await updateRecommendation(edit, otherExecutive))).toBe('FORBIDDEN');
      expect(codeOf(await updateRecommendation(edit, liaison))).toBe('FORBIDDEN');
      expect(codeOf(await updateRecommendation(edit))).toBe('UNAUTHENTICATED');
      expect(
        codeOf(await updateRecommendation({ ...edit, id: '00000000-0000-4000-8000-000000000000' }, executive)),
      ).toBe('NOT_FOUND');
      const field = async (input: Record<string, unknown>) =>
        (await updateRecommendation({ ...edit, ...input }, executive)).errors![0];
      expect((await field({ title: '' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      expect((await field({ title: 'x'.repeat(301) })).extensions).toMatchObject({ field: 'title' });
      expect((await field({ reference: null })).extensions).toMatchObject({ field: 'reference' });
      expect((await field({ response: null })).extensions).toMatchObject({ field: 'response' });
      const badEnum = await field({ response: 'PERHAPS' });
      expect(badEnum.extensions!.code).toBe('BAD_USER_INPUT');
      expect(badEnum.message).toContain('response');
      expect(await recommendation('R6')).toEqual(original);
    });
  });
});
