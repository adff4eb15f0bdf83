import fc from 'fast-check';
import { ImportPreview } from '../../src/open-data/import/import-preview';
import { readUpload } from '../../src/open-data/import/read-upload';
import { PlanDocument } from '../../src/open-data/plan-document';
import { columnsOf, TABLE_NAMES, TABLES, Tables } from '../../src/open-data/tables';
import { download, dumpDatabase, emptyInstallation, ORG, PLAN, postImport } from './support/import';
import { tablesOfZip, unzip } from './support/open-data';
import { signInDemo } from './support/accounts';
import { sql } from './support/sql';
import { startTestApp, TestApp, UNLIMITED_WRITES } from './support/test-app';

/** The columns a round trip keeps: all but those tables.ts marks volatile. */
const kept = (table: (typeof TABLE_NAMES)[number]) =>
  columnsOf(table).filter((column) => !TABLES[table].fields.find((field) => field.name === column)!.volatile);

/**
 * Table by table, row by row, cell by cell: the first cell that differs, named by its table,
 * row and column, or null when the tables are the same apart from volatile columns.
 */
function firstDifference(expected: Tables, actual: Tables): string | null {
  for (const table of TABLE_NAMES) {
    if (actual[table].length !== expected[table].length)
      return `${table}: ${actual[table].length} rows, expected ${expected[table].length}`;
    for (const [index, row] of expected[table].entries())
      for (const column of kept(table))
        if (actual[table][index][column] !== row[column])
          return `${table} row ${index + 2}, ${column}: ${JSON.stringify(actual[table][index][column])}, expected ${JSON.stringify(row[column])}`;
  }
  return null;
}

/**
 * The document without what differs by nature: generatedAt, the data dictionary's address (the
 * installation's own) and the volatile columns of every row.
 */
function comparable(document: PlanDocument): unknown {
  const volatile = new Set(
    TABLE_NAMES.flatMap((table) => TABLES[table].fields.filter((field) => field.volatile).map((field) => field.name)),
  );
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !volatile.has(key))
        .map(([key, inner]) => [key, strip(inner)]),
    );
  };
  const { generatedAt: _generatedAt, dataDictionary: _dataDictionary, ...rest } = document;
  return strip(rest);
}

describe('open data round trip: the demo plan out, into an empty installation, and out again', () => {
  let demo: TestApp;
  let zip: Buffer;
  let json: Buffer;
  beforeAll(async () => {
    demo = await startTestApp({ env: UNLIMITED_WRITES });
    zip = await download(demo, `/data/${ORG}/${PLAN}.zip`);
    json = await download(demo, `/data/${ORG}/${PLAN}.json`);
  });

  it('starts from a demo plan with rows in every table', async () => {
    const tables = tablesOfZip(await unzip(zip));
    for (const table of TABLE_NAMES) expect({ table, rows: tables[table].length > 0 }).toEqual({ table, rows: true });
  });
  afterAll(() => demo.close());

  it.each([
    ['zip', `${PLAN}.zip`],
    ['json', `${PLAN}.json`],
  ])(
    'the %s export imported into an empty installation exports the same again; a second import changes nothing',
    async (format, name) => {
      const file = format === 'zip' ? zip : json;
      const original = JSON.parse(json.toString('utf8')) as PlanDocument;
      const { t, cookie } = await emptyInstallation(original.organisation);
      try {
        const response = await postImport(t, file, { name, cookie, dryRun: false });
        const preview = (await response.json()) as ImportPreview;
        expect({ status: response.status, error: (preview as { error?: string }).error }).toEqual({
          status: 200,
          error: undefined,
        });
        const errors = [...preview.errors, ...preview.rows.flatMap((row) => row.errors)];
        expect(errors).toEqual([]);
        expect(preview).toMatchObject({ applied: true, plan: { slug: PLAN, exists: false } });

        const again = await download(t, `/data/${ORG}/${PLAN}.zip`, cookie);
        expect(firstDifference(tablesOfZip(await unzip(zip)), tablesOfZip(await unzip(again)))).toBeNull();
        const document = JSON.parse((await download(t, `/data/${ORG}/${PLAN}.json`, cookie)).toString('utf8'));
        expect(comparable(document as PlanDocument)).toEqual(comparable(original));

        const before = await dumpDatabase(t);
        const second = (await (await postImport(t, file, { name, cookie, dryRun: false })).json()) as ImportPreview;
        expect(second.counts).toMatchObject({ create: 0, update: 0, error: 0 });
        expect(second.rows.every((row) => row.action === 'unchanged')).toBe(true);
        expect(await dumpDatabase(t)).toBe(before);
      } finally {
        await t.close();
      }
    },
  );

  describe('any wording survives export and import', () => {
    /**
     * Text the console can store: trimmed, as its inputs trim; spreadsheet-hostile starts and all;
     * no NUL character, which the API refuses (nul-characters.integration-spec.ts) and PostgreSQL
     * cannot hold in text.
     */
    const wording = (max: number) =>
      fc
        .oneof(
          fc.string({ unit: 'grapheme', maxLength: 60 }),
          fc.string({ unit: 'binary', maxLength: 60 }),
          fc.constantFrom('=1+1', "'", "'=1+1", "''-2", '-3', '+44 20 7946 0000', '@SUM(A1)', '"quoted", and more'),
          fc.constantFrom('two\nlines', 'a\r\nb', 'tab\there', 'emoji 🕌✊🏽', '=HYPERLINK("https://example.org")'),
        )
        .map((text) => text.replaceAll('\u0000', '').trim().slice(0, max));

    it('a commitment’s title and description come back from the zip and the JSON exactly, and import as unchanged', async () => {
      const cookie = await signInDemo(demo, 'executive@example.org');
      const [{ id }] = await sql<{ id: string }[]>(
        demo.dataSource,
        'SELECT c.id FROM "commitment" c JOIN action_plan p ON p.id = c.plan_id WHERE p.slug = ? AND c.reference = ?',
        [PLAN, 'C1'],
      );
      await fc.assert(
        fc.asyncProperty(
          wording(300).filter((title) => title !== ''),
          wording(20000),
          async (title, description) => {
            await sql(demo.dataSource, 'UPDATE "commitment" SET title = ?, description = ? WHERE id = ?', [
              title,
              description,
              id,
            ]);
            for (const name of [`${PLAN}.zip`, `${PLAN}.json`]) {
              const file = await download(demo, `/data/${ORG}/${name}`);
              const upload = await readUpload(name, file);
              const c1 = upload.tables.commitments.find((row) => row.cells.reference === 'C1')!.cells;
              expect({ title: c1.title, description: c1.description ?? '' }).toEqual({ title, description });
              const preview = (await (await postImport(demo, file, { name, cookie })).json()) as ImportPreview;
              const row = preview.rows.find((r) => r.key === 'C1');
              expect(row).toMatchObject({ action: 'unchanged', errors: [] });
            }
          },
        ),
        { numRuns: 25 },
      );
    });
  });
});
