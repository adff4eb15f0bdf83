import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDictionaryFile } from '../../src/open-data/data-dictionary';
import { Revision } from '../../src/revisions/revision.entity';
import { DocumentError, documentToTables, PlanDocument } from '../../src/open-data/plan-document';
import { columnsOf, TABLE_NAMES, TABLES } from '../../src/open-data/tables';
import { createAccount, signIn, signInDemo } from './support/accounts';
import { undoMigrationsThrough } from './support/migrations';
import { BOM, parseCsv, tablesOfZip, unzip } from './support/open-data';
import { seedSizedPlan } from './support/sized-plan';
import { countStatements, startTestApp, TestApp } from './support/test-app';

const ORG = 'labour-muslim-network';
const PLAN = 'islamophobia-action-plan';
const FORMULA = '=HYPERLINK("https://example.org/x","click me")';
const ZIP_FILES = [...TABLE_NAMES.map((name) => TABLES[name].fileName), 'datapackage.json', 'README.md'];

interface SchemaField {
  name: string;
  type: string;
  format: string;
  description: string;
  constraints: { required?: boolean; enum?: string[] };
}
interface Resource {
  profile: string;
  name: string;
  path: string;
  encoding: string;
  dialect: { delimiter: string; lineTerminator: string };
  schema: {
    fields: SchemaField[];
    primaryKey: string[];
    foreignKeys: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}
interface DataPackage {
  profile: string;
  name: string;
  title: string;
  description: string;
  created: string;
  licenses: { name: string; path: string; title: string }[];
  resources: Resource[];
}

/** Whether a cell is a value of a Frictionless type (format "default"). */
function parsesAs(type: string, cell: string): boolean {
  switch (type) {
    case 'string':
      return true;
    case 'integer':
      return /^-?\d+$/.test(cell);
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(cell) && Number.isFinite(Number(cell));
    case 'boolean':
      return cell === 'true' || cell === 'false';
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(cell) && new Date(`${cell}T00:00:00Z`).toISOString().startsWith(cell);
    case 'datetime':
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(cell) && !Number.isNaN(Date.parse(cell));
    default:
      return false;
  }
}

/**
 * Checks every file of the package against the package's own table schemas: the header is the
 * schema's fields in order, every cell parses as its type and meets its constraints, primary
 * keys are unique and every foreign key resolves. Returns the problems found.
 */
function validatePackage(descriptor: DataPackage, entries: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  const records = new Map<string, Record<string, string>[]>();
  for (const resource of descriptor.resources) {
    const file = entries.get(resource.path);
    if (!file) {
      problems.push(`${resource.path}: missing`);
      continue;
    }
    const { header, records: rows } = parseCsv(file);
    const names = resource.schema.fields.map((field) => field.name);
    if (JSON.stringify(header) !== JSON.stringify(names))
      problems.push(`${resource.path}: header ${header} ≠ ${names}`);
    const objects = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
    records.set(resource.name, objects);
    objects.forEach((row, i) => {
      for (const field of resource.schema.fields) {
        const cell = row[field.name];
        if (cell === '') {
          if (field.constraints.required) problems.push(`${resource.path} row ${i + 2}: ${field.name} is required`);
          continue;
        }
        if (!parsesAs(field.type, cell))
          problems.push(`${resource.path} row ${i + 2}: ${field.name} "${cell}" is not ${field.type}`);
        if (field.constraints.enum && !field.constraints.enum.includes(cell))
          problems.push(`${resource.path} row ${i + 2}: ${field.name} "${cell}" not in enum`);
      }
    });
    const keys = objects.map((row) => JSON.stringify(resource.schema.primaryKey.map((name) => row[name])));
    if (new Set(keys).size !== keys.length) problems.push(`${resource.path}: duplicate primary keys`);
  }
  for (const resource of descriptor.resources) {
    for (const foreignKey of resource.schema.foreignKeys) {
      const target = records.get(foreignKey.reference.resource || resource.name) ?? [];
      const known = new Set(target.map((row) => JSON.stringify(foreignKey.reference.fields.map((name) => row[name]))));
      for (const [i, row] of (records.get(resource.name) ?? []).entries()) {
        const values = foreignKey.fields.map((name) => row[name]);
        if (values.some((value) => value === '')) continue;
        if (!known.has(JSON.stringify(values)))
          problems.push(`${resource.path} row ${i + 2}: ${foreignKey.fields} ${values} does not resolve`);
      }
    }
  }
  return problems;
}

describe('open data: the downloads', () => {
  let t: TestApp;
  let executive: string;
  let otherExecutive: string;
  let document: PlanDocument;
  let zipResponse: Response;
  let entries: Map<string, Buffer>;

  const download = (path: string, cookie?: string, method = 'GET') =>
    fetch(`${t.url}${path}`, { method, headers: cookie ? { cookie } : {} });
  const ok = async <T>(query: string, variables: Record<string, unknown>, cookie?: string): Promise<T> => {
    const result = await t.gql<T>(query, variables, cookie);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  let web: string;

  beforeAll(async () => {
    // With a built dashboard, so the SPA fallback is there to swallow /data/… if it could.
    web = mkdtempSync(join(tmpdir(), 'tracker-web-'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Tracker</title><div id="root"></div>');
    t = await startTestApp({ env: { WEB_DIST: web } });
    executive = await signInDemo(t, 'executive@example.org');
    await createAccount(t, 'export.bame@example.org', { executiveOf: 'bame-labour' });
    otherExecutive = await signIn(t, 'export.bame@example.org');
    const { plan } = await ok<{
      plan: { commitments: { edges: { node: { id: string; version: number } }[] } };
    }>('query ($slug: String!) { plan(slug: $slug) { commitments(first: 1) { edges { node { id version } } } } }', {
      slug: PLAN,
    });
    const first = plan.commitments.edges[0].node;
    await ok(
      'mutation ($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { id } }',
      { input: { id: first.id, version: first.version, description: FORMULA } },
      executive,
    );
    const json = await download(`/data/${ORG}/${PLAN}.json`);
    expect(json.status).toBe(200);
    document = (await json.json()) as PlanDocument;
    zipResponse = await download(`/data/${ORG}/${PLAN}.zip`);
    expect(zipResponse.status).toBe(200);
    entries = await unzip(Buffer.from(await zipResponse.arrayBuffer()));
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  it('serves the JSON document with its schema version, the app clock’s time, the licence and the data dictionary', () => {
    expect(document.schemaVersion).toBe(1);
    // The app runs on the test clock (scripts/test-clock.json), not the system's.
    expect(Date.parse(document.generatedAt) - Date.parse(process.env.CLOCK_START!)).toBeGreaterThanOrEqual(0);
    expect(Date.parse(document.generatedAt) - Date.parse(process.env.CLOCK_START!)).toBeLessThan(10 * 60_000);
    expect(document.licence).toEqual({
      id: 'CC-BY-4.0',
      title: 'Creative Commons Attribution 4.0 International',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(document.dataDictionary).toBe(`${t.url}/data/open-data.md`);
    expect(document.organisation).toMatchObject({ slug: ORG });
    expect(document.plan).toMatchObject({ organisation_slug: ORG, slug: PLAN, licence: 'CC-BY-4.0' });
  });

  it('holds the whole plan: reports with findings and responses, commitments, milestones, the ledger with evidence, the history', () => {
    const [report] = document.reports;
    expect(report.findings.map((finding) => finding.value)).toEqual([29, 37, 44, 48, 59, 55, 56]);
    expect(report.recommendations.length).toBeGreaterThan(0);
    expect(report.recommendations.every((recommendation) => typeof recommendation.response === 'string')).toBe(true);
    expect(document.commitments.length).toBeGreaterThan(0);
    expect(document.commitments.some((commitment) => commitment.recommendations.length > 0)).toBe(true);
    expect(document.commitments.flatMap((commitment) => commitment.milestones).length).toBeGreaterThan(0);
    expect(document.updates.map((update) => update.entry)).toEqual(document.updates.map((_, i) => i + 1));
    expect(document.updates.some((update) => update.evidence.length > 0)).toBe(true);
    expect(document.revisions).toContainEqual(
      expect.objectContaining({
        subject_type: 'COMMITMENT',
        subject_key: 'C1',
        field: 'description',
        after: FORMULA,
        actor: 'executive',
      }),
    );
  });

  it('names roles, never people: no email or display name in the files', async () => {
    const text = JSON.stringify(document);
    expect(text).not.toMatch(/@example\.org/);
    const authors = new Set([...document.updates.map((u) => u.author), ...document.revisions.map((r) => r.actor)]);
    for (const author of authors) expect(['executive', 'liaison', null]).toContain(author);
    for (const [name, file] of entries) expect(`${name}: ${file.toString('utf8')}`).not.toMatch(/@example\.org/);
  });

  it('gives each commitment and milestone the lenses the dashboard shows, marked computed', async () => {
    const { plan } = await ok<{
      plan: {
        commitments: {
          edges: {
            node: {
              reference: string;
              verifiable: boolean;
              assessment: string;
              partyReported: string;
              deadline: string;
              milestones: { reference: string; status: string }[];
            };
          }[];
        };
      };
    }>(
      'query ($slug: String!) { plan(slug: $slug) { commitments(first: 100) { edges { node { reference verifiable assessment partyReported deadline milestones { reference status } } } } } }',
      { slug: PLAN },
    );
    const dashboard = plan.commitments.edges.map(({ node }) => ({
      reference: node.reference,
      computed: {
        verifiable: node.verifiable,
        assessment: node.assessment,
        party_reported: node.partyReported,
        deadline: node.deadline,
      },
      milestones: node.milestones.map((milestone) => ({
        reference: milestone.reference,
        computed: { status: milestone.status },
      })),
    }));
    expect(
      document.commitments.map((commitment) => ({
        reference: commitment.reference,
        computed: commitment.computed,
        milestones: commitment.milestones.map((milestone) => ({
          reference: milestone.reference,
          computed: milestone.computed,
        })),
      })),
    ).toEqual(dashboard);
    expect(new Set(document.commitments.map((commitment) => commitment.computed.assessment)).size).toBeGreaterThan(1);
  });

  it('serves the zip as an attachment with the plan’s CSV files, datapackage.json and a README', () => {
    expect(zipResponse.headers.get('content-type')).toBe('application/zip');
    expect(zipResponse.headers.get('content-disposition')).toBe(`attachment; filename="${PLAN}.zip"`);
    expect([...entries.keys()].sort()).toEqual([...ZIP_FILES].sort());
    const readme = entries.get('README.md')!.toString('utf8');
    expect(readme).toContain('Creative Commons Attribution 4.0 International (CC-BY-4.0)');
    expect(readme).toContain(`${t.url}/data/open-data.md`);
    expect(readme).toMatch(/Computed columns.*commitments\.csv: assessment/);
    expect(readme).toMatch(/Volatile columns.*updates\.csv: author/);
  });

  it('serves the data dictionary the files point to as plain text, naming every table and every column', async () => {
    const response = await download('/data/open-data.md');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    expect(text).toBe(readFileSync(dataDictionaryFile(), 'utf8'));
    for (const name of TABLE_NAMES) {
      expect(text).toContain(`### \`${TABLES[name].fileName}\``);
      for (const column of columnsOf(name)) expect(text).toContain(`| \`${column}\` |`);
    }
    const descriptor = JSON.parse(entries.get('datapackage.json')!.toString('utf8')) as DataPackage;
    expect(descriptor.description).toContain(`${t.url}/data/open-data.md`);
  });

  it('points the files at PUBLIC_URL’s data dictionary when PUBLIC_URL is set, whatever Host a client sends', async () => {
    const behind = await startTestApp({ env: { PUBLIC_URL: 'https://tracker.example.org' } });
    try {
      const response = await behind.app.inject({
        method: 'GET',
        url: `/data/${ORG}/${PLAN}.json`,
        headers: { host: 'attacker.example' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json<PlanDocument>().dataDictionary).toBe('https://tracker.example.org/data/open-data.md');
    } finally {
      await behind.close();
    }
  });

  it('writes CSV as spreadsheets expect: BOM, CRLF, the stable header, formulas read back as text', () => {
    for (const name of TABLE_NAMES) {
      const file = entries.get(TABLES[name].fileName)!;
      const { header, text } = parseCsv(file);
      expect(text.startsWith(BOM)).toBe(true);
      expect(header).toEqual(columnsOf(name));
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.split('\r\n')[0]).toBe(`${BOM}${columnsOf(name).join(',')}`);
    }
    const commitments = parseCsv(entries.get('commitments.csv')!);
    const description = commitments.records[0][commitments.header.indexOf('description')];
    expect(description).toBe(`'${FORMULA}`);
  });

  it('says the same in the zip as in the JSON document, cell for cell', () => {
    const fromJson = documentToTables(document);
    expect(fromJson.errors).toEqual<DocumentError[]>([]);
    expect(tablesOfZip(entries)).toEqual(fromJson.tables);
  });

  it('describes the files in datapackage.json, and every file meets its table schema', () => {
    const descriptor = JSON.parse(entries.get('datapackage.json')!.toString('utf8')) as DataPackage;
    expect(descriptor).toMatchObject({
      profile: 'tabular-data-package',
      name: `${ORG}-${PLAN}`,
      created: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    });
    expect(descriptor.resources.map((resource) => resource.path)).toEqual(TABLE_NAMES.map((name) => `${name}.csv`));
    for (const resource of descriptor.resources) {
      expect(resource).toMatchObject({ profile: 'tabular-data-resource', encoding: 'utf-8-sig' });
      expect(resource.dialect).toMatchObject({ delimiter: ',', lineTerminator: '\r\n' });
      for (const field of resource.schema.fields) expect(field.description.length).toBeGreaterThan(0);
    }
    expect(validatePackage(descriptor, entries)).toEqual([]);
    // The check catches what it is there for: a broken foreign key and a bad date.
    const broken = new Map(entries);
    const milestones = entries.get('milestones.csv')!.toString('utf8').split('\r\n');
    milestones[1] = milestones[1].replace(/^([^,]*),C\d+,/, '$1,C999,');
    broken.set('milestones.csv', Buffer.from(milestones.join('\r\n')));
    const evidence = entries
      .get('evidence.csv')!
      .toString('utf8')
      .replace(/\d{4}-\d{2}-\d{2}\r\n/, '2021-02-30\r\n');
    broken.set('evidence.csv', Buffer.from(evidence));
    const problems = validatePackage(descriptor, broken);
    expect(problems).toContainEqual(
      expect.stringMatching(/^milestones\.csv row 2: commitment_reference C999 does not resolve/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^evidence\.csv row \d+: published_on "2021-02-30" is not date/),
    );
  });

  it('lets shared caches keep a published plan a short while, with the security headers of every response', async () => {
    for (const response of [zipResponse, await download(`/data/${ORG}/${PLAN}.json`)]) {
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await download(`/data/${ORG}/${PLAN}.zip`, undefined, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${PLAN}.zip"`);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it.each([
    ['an unknown plan', `/data/${ORG}/no-such-plan.json`],
    ['an unknown organisation', `/data/no-such-org/${PLAN}.zip`],
    ['another organisation’s address for the plan', `/data/bame-labour/${PLAN}.json`],
    ['a format that is not offered', `/data/${ORG}/${PLAN}.csv`],
    ['a plan without a format', `/data/${ORG}/${PLAN}`],
  ])('answers 404 to %s', async (_what, path) => {
    const response = await download(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  describe('a draft', () => {
    const DRAFT = 'lmn-export-draft';
    beforeAll(async () => {
      const { report } = await ok<{ report: { id: string } }>(
        'query { report(slug: "islamophobia-and-the-muslim-experience") { id } }',
        {},
      );
      await ok(
        'mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id } }',
        { input: { slug: DRAFT, title: 'Unannounced plan', counterpart: 'Labour Party', reportIds: [report.id] } },
        executive,
      );
    });

    it.each([
      ['anonymous', () => undefined],
      ['an executive of another organisation', () => otherExecutive],
    ])('does not exist for %s: the same 404 as an unknown plan', async (_who, cookie) => {
      for (const format of ['json', 'zip']) {
        const draft = await download(`/data/${ORG}/${DRAFT}.${format}`, cookie());
        const unknown = await download(`/data/${ORG}/lmn-no-such-plan.${format}`, cookie());
        expect(draft.status).toBe(404);
        expect((await draft.text()).replace(DRAFT, 'X')).toBe((await unknown.text()).replace('lmn-no-such-plan', 'X'));
      }
    });

    it('is downloaded by its organisation’s executive with their session, and kept by no cache', async () => {
      const response = await download(`/data/${ORG}/${DRAFT}.json`, executive);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      const draft = (await response.json()) as PlanDocument;
      expect(draft.plan).toMatchObject({ slug: DRAFT, published: null });
      const zip = await download(`/data/${ORG}/${DRAFT}.zip`, executive);
      expect(zip.status).toBe(200);
      expect(zip.headers.get('cache-control')).toBe('private, no-store');
    });
  });

  describe('the licence', () => {
    const LICENCE = '{ id version licence { id title url } }';
    const UPDATE = `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) ${LICENCE} }`;
    const current = async () =>
      (
        await ok<{ organisation: { id: string; version: number } }>(
          `query { organisation(slug: "${ORG}") ${LICENCE} }`,
          {},
        )
      ).organisation;

    it('is CC BY 4.0 by default, shown on the organisation', async () => {
      const { organisation } = await ok<{ organisation: { licence: { id: string; url: string } } }>(
        `query { organisation(slug: "${ORG}") ${LICENCE} }`,
        {},
      );
      expect(organisation.licence).toMatchObject({
        id: 'CC-BY-4.0',
        url: 'https://creativecommons.org/licenses/by/4.0/',
      });
    });

    it('refuses a licence that is not on the list, saying which are', async () => {
      const organisation = await current();
      const result = await t.gql(
        UPDATE,
        { input: { id: organisation.id, version: organisation.version, licence: 'MIT' } },
        executive,
      );
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringContaining(
          'licence must be one of CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0, ODbL-1.0, OGL-UK-3.0',
        ),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('is set by the organisation’s executive, with a revision, and appears in every file', async () => {
      const organisation = await current();
      const { updateOrganisation } = await ok<{ updateOrganisation: { licence: { id: string; title: string } } }>(
        UPDATE,
        { input: { id: organisation.id, version: organisation.version, licence: 'ODbL-1.0' } },
        executive,
      );
      expect(updateOrganisation.licence).toEqual({
        id: 'ODbL-1.0',
        title: 'Open Data Commons Open Database License v1.0',
        url: 'https://opendatacommons.org/licenses/odbl/1-0/',
      });
      const revision = await t.dataSource
        .getRepository(Revision)
        .findOneByOrFail({ subjectId: organisation.id, field: 'licence' });
      expect(revision).toMatchObject({ before: 'CC-BY-4.0', after: 'ODbL-1.0' });

      const json = (await (await download(`/data/${ORG}/${PLAN}.json`)).json()) as PlanDocument;
      expect(json.licence.id).toBe('ODbL-1.0');
      expect(json.plan.licence).toBe('ODbL-1.0');
      expect(json.revisions).toContainEqual(
        expect.objectContaining({
          subject_type: 'ORGANISATION',
          subject_key: ORG,
          field: 'licence',
          after: 'ODbL-1.0',
        }),
      );
      const files = await unzip(Buffer.from(await (await download(`/data/${ORG}/${PLAN}.zip`)).arrayBuffer()));
      expect(JSON.parse(files.get('datapackage.json')!.toString('utf8')).licenses[0].name).toBe('ODbL-1.0');
      expect(files.get('README.md')!.toString('utf8')).toContain('(ODbL-1.0)');
      const plan = parseCsv(files.get('plan.csv')!);
      expect(plan.records[0][plan.header.indexOf('licence')]).toBe('ODbL-1.0');
    });

    it('is refused to another organisation’s executive', async () => {
      const organisation = await current();
      const result = await t.gql(
        UPDATE,
        { input: { id: organisation.id, version: organisation.version, licence: 'CC0-1.0' } },
        otherExecutive,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('reads a plan in the same number of queries whatever its size', async () => {
    await seedSizedPlan(t.dataSource, 'export-small', 5);
    await seedSizedPlan(t.dataSource, 'export-large', 60);
    const small = await countStatements(t.dataSource, () => download('/data/export-small-org/export-small.zip'));
    const large = await countStatements(t.dataSource, () => download('/data/export-large-org/export-large.zip'));
    expect(large.count).toBe(small.count);
    expect(small.count).toBeLessThan(25);
    const json = (await (await download('/data/export-large-org/export-large.json')).json()) as PlanDocument;
    expect(json.commitments).toHaveLength(60);
  });

  it('runs its licence migration on a database that holds the demo: every organisation gets CC BY 4.0', async () => {
    const demo = await startTestApp();
    try {
      await undoMigrationsThrough(demo.dataSource, 'OrganisationLicence1764500000000');
      await demo.dataSource.runMigrations();
      const rows: { licence: string }[] = await demo.dataSource.query('SELECT licence FROM organisation');
      expect(rows.length).toBeGreaterThan(1);
      expect(rows.every((row) => row.licence === 'CC-BY-4.0')).toBe(true);
    } finally {
      await demo.close();
    }
  });
});
