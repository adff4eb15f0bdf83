"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CSV_DIALECT = exports.CSV_ENCODING = void 0;
exports.tableCsv = tableCsv;
exports.dataPackage = dataPackage;
exports.readme = readme;
exports.zipArchive = zipArchive;
const sync_1 = require("csv-stringify/sync");
const yazl_1 = require("yazl");
const spreadsheet_cells_1 = require("./spreadsheet-cells");
const tables_1 = require("./tables");
/**
 * The zip download: a CSV file per table as spreadsheets expect them (UTF-8 with a byte-order
 * mark, RFC 4180 quoting, CRLF line ends, the header in the tables' stable order, text cells
 * that a spreadsheet would run as formulas neutralised), a Frictionless `datapackage.json` and
 * a short README.
 */
/**
 * The encoding datapackage.json declares. The files are UTF-8 with a byte-order mark (Excel
 * needs it to read UTF-8). Frictionless's tools read `encoding` as a Python codec name, and
 * `utf-8-sig` is the codec that drops the mark instead of reading it into the first column's name.
 */
exports.CSV_ENCODING = 'utf-8-sig';
exports.CSV_DIALECT = {
    delimiter: ',',
    lineTerminator: '\r\n',
    quoteChar: '"',
    doubleQuote: true,
    header: true,
    skipInitialSpace: false,
};
/** One table as a CSV file. */
function tableCsv(table, rows) {
    const fields = tables_1.TABLES[table].fields;
    const records = rows.map((row) => fields.map((field) => cellOf(field, row[field.name] ?? null)));
    return Buffer.from((0, sync_1.stringify)(records, {
        bom: true,
        header: true,
        columns: fields.map((field) => field.name),
        record_delimiter: 'windows',
        quoted_match: /^\s|\s$/,
    }), 'utf8');
}
/** Text columns are neutralised; numbers, dates and flags are written as they are (a negative number stays a number). */
function cellOf(field, value) {
    if (value === null)
        return '';
    return field.type === 'string' ? (0, spreadsheet_cells_1.neutralise)(value) : value;
}
/** A Frictionless name: lowercase letters, digits, `-`, `_` and `.`. */
const frictionlessName = (text) => text.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
/** The Frictionless Tabular Data Package descriptor of the files. */
function dataPackage(tables, meta) {
    const plan = tables.plan[0] ?? {};
    return {
        profile: 'tabular-data-package',
        name: frictionlessName(`${meta.organisation.slug}-${plan.slug ?? 'plan'}`),
        title: plan.title ?? '',
        description: `The action plan "${plan.title ?? ''}" as monitored by ${meta.organisation.name}: its reports, commitments, milestones, ledger and edit history. Computed and volatile columns are marked on their fields; see ${meta.dataDictionary}.`,
        licenses: [{ name: meta.licence.id, title: meta.licence.title, path: meta.licence.url }],
        created: meta.generatedAt,
        resources: tables_1.TABLE_NAMES.map((name) => {
            const table = tables_1.TABLES[name];
            return {
                profile: 'tabular-data-resource',
                name,
                path: table.fileName,
                title: table.title,
                description: table.description,
                format: 'csv',
                mediatype: 'text/csv',
                encoding: exports.CSV_ENCODING,
                dialect: exports.CSV_DIALECT,
                schema: {
                    fields: table.fields.map((field) => ({
                        name: field.name,
                        type: field.type,
                        format: 'default',
                        description: field.description,
                        constraints: {
                            ...(field.required ? { required: true } : {}),
                            ...(field.enum ? { enum: [...field.enum] } : {}),
                        },
                        ...(field.computed ? { computed: true } : {}),
                        ...(field.volatile ? { volatile: true } : {}),
                    })),
                    missingValues: [''],
                    primaryKey: [...table.primaryKey],
                    foreignKeys: table.foreignKeys.map((key) => ({
                        fields: [...key.fields],
                        // Frictionless names a key into the same file with an empty resource.
                        reference: {
                            resource: key.reference.table === name ? '' : key.reference.table,
                            fields: [...key.reference.fields],
                        },
                    })),
                },
            };
        }),
    };
}
/** The README of the zip: what the files are, their licence, which columns are computed or volatile. */
function readme(tables, meta) {
    const plan = tables.plan[0] ?? {};
    const marked = (flag) => tables_1.TABLE_NAMES.flatMap((name) => tables_1.TABLES[name].fields.filter((field) => field[flag]).map((field) => `${tables_1.TABLES[name].fileName}: ${field.name}`)).join(', ');
    const lines = [
        `# ${plan.title ?? ''}`,
        '',
        `The open data of the action plan "${plan.title ?? ''}" (${plan.slug ?? ''}), as monitored by ${meta.organisation.name}, exported on ${meta.generatedAt}.`,
        '',
        '## Licence',
        '',
        `${meta.licence.title} (${meta.licence.id}): ${meta.licence.url}`,
        '',
        '## Files',
        '',
        ...tables_1.TABLE_NAMES.map((name) => `- \`${tables_1.TABLES[name].fileName}\` (${tables[name].length} rows): ${tables_1.TABLES[name].description}`),
        '- `datapackage.json`: a Frictionless Tabular Data Package descriptor: every file’s columns, their types and descriptions, primary and foreign keys.',
        '',
        '## Reading the files',
        '',
        '- UTF-8 with a byte-order mark, comma-separated, RFC 4180 quoting, one header row; an empty cell is no value.',
        '- Dates are `YYYY-MM-DD`; instants are ISO 8601 in UTC; flags are `true` or `false`.',
        "- A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading `'` so that spreadsheets show it as text rather than run it; the tracker's import removes exactly that quote.",
        '- Rows are keyed by the references people use (`C3`, `C3 M2`, `<report> R4`), which mean the same in any installation; ids are kept beside them.',
        `- Computed columns (worked out by the tracker on export, ignored on import): ${marked('computed')}.`,
        `- Volatile columns (differ between installations by nature, ignored on import): ${marked('volatile')}.`,
        '',
        `The data dictionary (every column explained, and how the vocabularies map onto OGP, OCDS and Decidim's): ${meta.dataDictionary}`,
        '',
    ];
    return lines.join('\n');
}
/** The zip of the plan's files, each stamped with the export's time. */
function zipArchive(tables, meta) {
    const zip = new yazl_1.ZipFile();
    const mtime = new Date(meta.generatedAt);
    for (const name of tables_1.TABLE_NAMES)
        zip.addBuffer(tableCsv(name, tables[name]), tables_1.TABLES[name].fileName, { mtime });
    zip.addBuffer(Buffer.from(`${JSON.stringify(dataPackage(tables, meta), null, 2)}\n`, 'utf8'), 'datapackage.json', {
        mtime,
    });
    zip.addBuffer(Buffer.from(readme(tables, meta), 'utf8'), 'README.md', { mtime });
    zip.end();
    return new Promise((resolve, reject) => {
        const chunks = [];
        zip.outputStream.on('data', (chunk) => chunks.push(chunk));
        zip.outputStream.on('error', reject);
        zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    });
}
//# sourceMappingURL=open-data-files.js.map