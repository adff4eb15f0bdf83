import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FieldSpec, TABLE_NAMES, TABLES } from './tables';

/*
 * docs/open-data.md's data dictionary names every table and every field of tables.ts, in order,
 * with its type and its marks (required, computed, volatile), its primary key and foreign keys:
 * the doc cannot fall behind the files it describes.
 */

const DOC = readFileSync(join(__dirname, '../../../docs/open-data.md'), 'utf8');

/** The doc's section of one table: from its heading to the next heading. */
function section(fileName: string): string {
  const start = DOC.indexOf(`### \`${fileName}\``);
  if (start < 0) throw new Error(`docs/open-data.md has no section "### \`${fileName}\`"`);
  const next = DOC.indexOf('\n#', start + 1);
  return DOC.slice(start, next < 0 ? undefined : next);
}

interface DocRow {
  name: string;
  type: string;
  notes: string[];
}

function rows(text: string): DocRow[] {
  return text
    .split('\n')
    .filter((line) => /^\| `[a-z_]+` \|/.test(line))
    .map((line) => {
      const [name, type, notes] = line
        .split('|')
        .slice(1, 4)
        .map((cell) => cell.trim());
      return {
        name: name.replace(/`/g, ''),
        type,
        notes: notes ? notes.split(',').map((note) => note.trim()) : [],
      };
    });
}

function marks(field: FieldSpec): string[] {
  return [field.required && 'required', field.computed && 'computed', field.volatile && 'volatile'].filter(
    (mark): mark is string => typeof mark === 'string',
  );
}

const keys = (fields: readonly string[]): string => fields.map((name) => `\`${name}\``).join(' + ');

describe('docs/open-data.md, the data dictionary', () => {
  it.each(TABLE_NAMES)('describes every field of %s, in order, with its type and marks', (name) => {
    const table = TABLES[name];
    const text = section(table.fileName);

    expect(rows(text)).toEqual(
      table.fields.map((field) => ({ name: field.name, type: field.type, notes: marks(field) })),
    );
    expect(text).toContain(`Primary key: ${keys(table.primaryKey)}.`);
    for (const foreignKey of table.foreignKeys) {
      expect(text).toContain(
        `${keys(foreignKey.fields)} → \`${foreignKey.reference.table}\`.${keys(foreignKey.reference.fields)}`,
      );
    }
  });

  it('lists every value of a field that has a closed list', () => {
    for (const name of TABLE_NAMES) {
      const text = section(TABLES[name].fileName);
      for (const field of TABLES[name].fields.filter((spec) => spec.enum)) {
        const line = text.split('\n').find((candidate) => candidate.startsWith(`| \`${field.name}\` |`)) ?? '';
        for (const value of field.enum ?? []) expect(line).toContain(`\`${value}\``);
      }
    }
  });
});
