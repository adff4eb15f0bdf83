import Papa from 'papaparse';
import { fromBuffer, ZipFile } from 'yauzl';
import { restore } from '../../../src/open-data/spreadsheet-cells';
import { columnsOf, emptyTables, Row, TABLE_NAMES, TableName, TABLES, Tables } from '../../../src/open-data/tables';

/** Every entry of a zip, by name, read with yauzl (not the library that wrote it). */
export function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    fromBuffer(zip, { lazyEntries: true }, (error, file?: ZipFile) => {
      if (error || !file) return reject(error ?? new Error('no zip'));
      const entries = new Map<string, Buffer>();
      file.on('entry', (entry) => {
        file.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            file.readEntry();
          });
        });
      });
      file.on('end', () => resolve(entries));
      file.on('error', reject);
      file.readEntry();
    });
  });
}

export const BOM = '\ufeff';

/** A CSV file parsed with Papa Parse (a different family from the writer's csv-stringify): header and records as text. */
export function parseCsv(file: Buffer): { header: string[]; records: string[][]; text: string } {
  const text = file.toString('utf8');
  const parsed = Papa.parse<string[]>(text.startsWith(BOM) ? text.slice(1) : text, {
    delimiter: ',',
    newline: '\r\n',
    quoteChar: '"',
    skipEmptyLines: false,
  });
  if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors));
  const rows = parsed.data;
  // The file ends with a record delimiter: Papa Parse reads one empty line after it.
  if (rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '') rows.pop();
  const [header, ...records] = rows;
  return { header, records, text };
}

/** The tables of an exported zip, as the import reads them: empty cells null, text cells restored. */
export function tablesOfZip(entries: Map<string, Buffer>): Tables {
  const tables = emptyTables();
  for (const name of TABLE_NAMES) {
    const { header, records } = parseCsv(entries.get(TABLES[name].fileName)!);
    tables[name] = records.map((record) => rowOf(name, header, record));
  }
  return tables;
}

function rowOf(table: TableName, header: string[], record: string[]): Row {
  const types = new Map(TABLES[table].fields.map((field) => [field.name, field.type]));
  return Object.fromEntries(
    columnsOf(table).map((column) => {
      const cell = record[header.indexOf(column)];
      if (cell === '' || cell === undefined) return [column, null];
      return [column, types.get(column) === 'string' ? restore(cell) : cell];
    }),
  );
}
