import { documentToTables } from '../plan-document';
import { restore } from '../spreadsheet-cells';
import { emptyTables, Row, TableName, TABLE_NAMES, TABLES } from '../tables';
import { MAX_UPLOAD_BYTES, megabytes } from './import-limits';
import { FileTooLarge, ImportProblem, UnreadableFile } from './import-preview';
import { decodeUtf8, readCsv } from './read-csv';
import { readZip } from './read-zip';

/** A row of the file with where it came from: the file and its spreadsheet row (or JSON path). */
export interface SourcedRow {
  file: string;
  row: number | string;
  cells: Row;
}

export type SourcedTables = Record<TableName, SourcedRow[]>;

export interface Upload {
  tables: SourcedTables;
  /** The tables the file holds (a single CSV holds one). */
  present: Set<TableName>;
  problems: ImportProblem[];
}

/** The files of an export's zip that are not tables, and are skipped on import. */
const COMPANION_FILES = new Set(['datapackage.json', 'readme.md']);

/**
 * The table a CSV file name stands for: `milestones.csv`, and also the names spreadsheets and
 * browsers give a saved copy, `Milestones.csv` or `milestones (1).csv`.
 */
export function tableOfCsvName(fileName: string): TableName | null {
  const base = fileName
    .split(/[\\/]/)
    .pop()!
    .toLowerCase()
    .replace(/\s*\(\d+\)(?=\.csv$)/, '')
    .replace(/\s*-\s*copy(?=\.csv$)/, '');
  return TABLE_NAMES.find((name) => TABLES[name].fileName === base) ?? null;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The cells of one CSV row as the import reads them: formulas refused, neutralised text restored, empty as null. */
function cellsOf(
  table: TableName,
  file: string,
  row: number,
  raw: Record<string, string>,
  problems: ImportProblem[],
): Row {
  const cells: Row = {};
  const types = new Map(TABLES[table].fields.map((field) => [field.name, field.type]));
  for (const [column, text] of Object.entries(raw)) {
    const type = types.get(column);
    if (type === undefined) continue;
    const numeric = type === 'integer' || type === 'number';
    if (FORMULA_START.test(text) && !(numeric && NUMBER.test(text.trim()))) {
      problems.push({
        file,
        row,
        column,
        message: `This cell starts with "${JSON.stringify(text[0]).slice(1, -1)}", so a spreadsheet reads it as a formula; the import never runs formulas. Type the value itself, or put a ' before the text to keep it as text.`,
      });
      cells[column] = null;
      continue;
    }
    const value = numeric ? text.trim() : restore(text);
    cells[column] = value === '' ? null : value;
  }
  return cells;
}

/** Header problems of one CSV: columns the table lacks (computed and volatile ones are welcome) and required ones missing. */
function headerProblems(table: TableName, file: string, header: string[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const known = new Set(TABLES[table].fields.map((field) => field.name));
  const unknown = header.filter((name) => !known.has(name));
  if (unknown.length > 0)
    problems.push({
      file,
      row: 1,
      column: unknown[0],
      message: `${file} has column${unknown.length === 1 ? '' : 's'} this table does not: ${unknown.map((name) => `"${name}"`).join(', ')}. Its columns are ${[...known].join(', ')}.`,
    });
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name))
      problems.push({ file, row: 1, column: name, message: `The column "${name}" appears twice in the header.` });
    seen.add(name);
  }
  for (const field of TABLES[table].fields) {
    const optionalOnImport = table === 'updates' && field.name === 'entry';
    if (field.required && !optionalOnImport && !header.includes(field.name))
      problems.push({
        file,
        row: 1,
        column: field.name,
        message: `${file} has no "${field.name}" column, which every row needs.`,
      });
  }
  return problems;
}

function addCsv(upload: Upload, table: TableName, file: string, bytes: Buffer): void {
  const csv = readCsv(file, bytes);
  upload.present.add(table);
  upload.problems.push(...csv.problems);
  if (csv.header.length === 0) return;
  const header = headerProblems(table, file, csv.header);
  upload.problems.push(...header);
  if (header.length > 0) return;
  for (const { row, cells } of csv.rows)
    upload.tables[table].push({ file, row, cells: cellsOf(table, file, row, cells, upload.problems) });
}

function addDocument(upload: Upload, file: string, bytes: Buffer): void {
  const text = decodeUtf8(bytes);
  if (text === null) throw new UnreadableFile(`${file} is not UTF-8 text.`);
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UnreadableFile(`${file} is not valid JSON (${(error as Error).message}).`);
  }
  const { tables, paths, errors } = documentToTables(document);
  upload.problems.push(...errors.map((error) => ({ ...error, file })));
  for (const table of TABLE_NAMES) {
    upload.present.add(table);
    tables[table].forEach((cells, index) =>
      upload.tables[table].push({ file, row: paths[table][index] ?? `${table}[${index}]`, cells }),
    );
  }
}

export type UploadKind = 'zip' | 'json' | 'csv';

/** What kind of file a name and (for uploads) a content type stand for. */
export function kindOf(fileName: string): UploadKind | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.zip')) return 'zip';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

/**
 * Reads an upload: an export's `.zip` (its CSV files), its `.json` document, or one `.csv` file
 * named like a table. Problems with rows are collected, not thrown; a file that cannot be read
 * at all throws UnreadableFile, one over the limits FileTooLarge.
 */
export async function readUpload(fileName: string, bytes: Buffer, kind = kindOf(fileName)): Promise<Upload> {
  if (bytes.length > MAX_UPLOAD_BYTES)
    throw new FileTooLarge(
      `The file is ${megabytes(bytes.length)}; an import takes at most ${megabytes(MAX_UPLOAD_BYTES)}. Split it, or import the zip of an export.`,
    );
  const upload: Upload = { tables: emptyTables() as unknown as SourcedTables, present: new Set(), problems: [] };
  if (kind === 'json') {
    addDocument(upload, fileName, bytes);
    return upload;
  }
  if (kind === 'csv') {
    const table = tableOfCsvName(fileName);
    if (!table)
      throw new UnreadableFile(
        `"${fileName}" is not named like one of the tables (${TABLE_NAMES.map((name) => TABLES[name].fileName).join(', ')}).`,
      );
    addCsv(upload, table, fileName, bytes);
    return upload;
  }
  if (kind !== 'zip') throw new UnreadableFile(`"${fileName}" is not a .zip, .json or .csv file.`);
  const seen = new Set<string>();
  const files = await readZip(bytes, (name) => {
    const lower = name.toLowerCase();
    return COMPANION_FILES.has(lower) || tableOfCsvName(name) !== null;
  });
  for (const { name, bytes: content } of files) {
    const lower = name.toLowerCase();
    if (COMPANION_FILES.has(lower)) continue;
    const table = tableOfCsvName(name)!;
    if (seen.has(table)) throw new UnreadableFile(`The zip holds ${TABLES[table].fileName} twice.`);
    seen.add(table);
    addCsv(upload, table, name, content);
  }
  return upload;
}
