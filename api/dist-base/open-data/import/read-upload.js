"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tableOfCsvName = tableOfCsvName;
exports.kindOf = kindOf;
exports.readUpload = readUpload;
const plan_document_1 = require("../plan-document");
const spreadsheet_cells_1 = require("../spreadsheet-cells");
const tables_1 = require("../tables");
const import_limits_1 = require("./import-limits");
const import_preview_1 = require("./import-preview");
const read_csv_1 = require("./read-csv");
const read_zip_1 = require("./read-zip");
/** The files of an export's zip that are not tables, and are skipped on import. */
const COMPANION_FILES = new Set(['datapackage.json', 'readme.md']);
/**
 * The table a CSV file name stands for: `milestones.csv`, and also the names spreadsheets and
 * browsers give a saved copy, `Milestones.csv` or `milestones (1).csv`.
 */
function tableOfCsvName(fileName) {
    const base = fileName
        .split(/[\\/]/)
        .pop()
        .toLowerCase()
        .replace(/\s*\(\d+\)(?=\.csv$)/, '')
        .replace(/\s*-\s*copy(?=\.csv$)/, '');
    return tables_1.TABLE_NAMES.find((name) => tables_1.TABLES[name].fileName === base) ?? null;
}
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** The cells of one CSV row as the import reads them: formulas refused, neutralised text restored, empty as null. */
function cellsOf(table, file, row, raw, problems) {
    const cells = {};
    const types = new Map(tables_1.TABLES[table].fields.map((field) => [field.name, field.type]));
    for (const [column, text] of Object.entries(raw)) {
        const type = types.get(column);
        if (type === undefined)
            continue;
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
        const value = numeric ? text.trim() : (0, spreadsheet_cells_1.restore)(text);
        cells[column] = value === '' ? null : value;
    }
    return cells;
}
/** Header problems of one CSV: columns the table lacks (computed and volatile ones are welcome) and required ones missing. */
function headerProblems(table, file, header) {
    const problems = [];
    const known = new Set(tables_1.TABLES[table].fields.map((field) => field.name));
    const unknown = header.filter((name) => !known.has(name));
    if (unknown.length > 0)
        problems.push({
            file,
            row: 1,
            column: unknown[0],
            message: `${file} has column${unknown.length === 1 ? '' : 's'} this table does not: ${unknown.map((name) => `"${name}"`).join(', ')}. Its columns are ${[...known].join(', ')}.`,
        });
    const seen = new Set();
    for (const name of header) {
        if (seen.has(name))
            problems.push({ file, row: 1, column: name, message: `The column "${name}" appears twice in the header.` });
        seen.add(name);
    }
    for (const field of tables_1.TABLES[table].fields) {
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
function addCsv(upload, table, file, bytes) {
    const csv = (0, read_csv_1.readCsv)(file, bytes);
    upload.present.add(table);
    upload.problems.push(...csv.problems);
    if (csv.header.length === 0)
        return;
    const header = headerProblems(table, file, csv.header);
    upload.problems.push(...header);
    if (header.length > 0)
        return;
    for (const { row, cells } of csv.rows)
        upload.tables[table].push({ file, row, cells: cellsOf(table, file, row, cells, upload.problems) });
}
function addDocument(upload, file, bytes) {
    const text = (0, read_csv_1.decodeUtf8)(bytes);
    if (text === null)
        throw new import_preview_1.UnreadableFile(`${file} is not UTF-8 text.`);
    let document;
    try {
        document = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new import_preview_1.UnreadableFile(`${file} is not valid JSON (${error.message}).`);
    }
    const { tables, paths, errors } = (0, plan_document_1.documentToTables)(document);
    upload.problems.push(...errors.map((error) => ({ ...error, file })));
    for (const table of tables_1.TABLE_NAMES) {
        upload.present.add(table);
        tables[table].forEach((cells, index) => upload.tables[table].push({ file, row: paths[table][index] ?? `${table}[${index}]`, cells }));
    }
}
/** What kind of file a name and (for uploads) a content type stand for. */
function kindOf(fileName) {
    const lower = fileName.toLowerCase();
    if (lower.endsWith('.zip'))
        return 'zip';
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.csv'))
        return 'csv';
    return null;
}
/**
 * Reads an upload: an export's `.zip` (its CSV files), its `.json` document, or one `.csv` file
 * named like a table. Problems with rows are collected, not thrown; a file that cannot be read
 * at all throws UnreadableFile, one over the limits FileTooLarge.
 */
async function readUpload(fileName, bytes, kind = kindOf(fileName)) {
    if (bytes.length > import_limits_1.MAX_UPLOAD_BYTES)
        throw new import_preview_1.FileTooLarge(`The file is ${(0, import_limits_1.megabytes)(bytes.length)}; an import takes at most ${(0, import_limits_1.megabytes)(import_limits_1.MAX_UPLOAD_BYTES)}. Split it, or import the zip of an export.`);
    const upload = { tables: (0, tables_1.emptyTables)(), present: new Set(), problems: [] };
    if (kind === 'json') {
        addDocument(upload, fileName, bytes);
        return upload;
    }
    if (kind === 'csv') {
        const table = tableOfCsvName(fileName);
        if (!table)
            throw new import_preview_1.UnreadableFile(`"${fileName}" is not named like one of the tables (${tables_1.TABLE_NAMES.map((name) => tables_1.TABLES[name].fileName).join(', ')}).`);
        addCsv(upload, table, fileName, bytes);
        return upload;
    }
    if (kind !== 'zip')
        throw new import_preview_1.UnreadableFile(`"${fileName}" is not a .zip, .json or .csv file.`);
    const seen = new Set();
    const files = await (0, read_zip_1.readZip)(bytes, (name) => {
        const lower = name.toLowerCase();
        return COMPANION_FILES.has(lower) || tableOfCsvName(name) !== null;
    });
    for (const { name, bytes: content } of files) {
        const lower = name.toLowerCase();
        if (COMPANION_FILES.has(lower))
            continue;
        const table = tableOfCsvName(name);
        if (seen.has(table))
            throw new import_preview_1.UnreadableFile(`The zip holds ${tables_1.TABLES[table].fileName} twice.`);
        seen.add(table);
        addCsv(upload, table, name, content);
    }
    return upload;
}
//# sourceMappingURL=read-upload.js.map