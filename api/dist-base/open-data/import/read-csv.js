"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.decodeUtf8 = decodeUtf8;
exports.readCsv = readCsv;
const sync_1 = require("csv-parse/sync");
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** The text of a file that must be UTF-8 (with or without a BOM), or null when it is not. */
function decodeUtf8(bytes) {
    try {
        return utf8.decode(bytes);
    }
    catch {
        return null;
    }
}
/** Counts a character outside quoted cells of the first record (the header). */
function countOutsideQuotes(line, char) {
    let inQuotes = false;
    let count = 0;
    for (const c of line) {
        if (c === '"')
            inQuotes = !inQuotes;
        else if (c === char && !inQuotes)
            count += 1;
    }
    return count;
}
/** The problem with a header separated by semicolons or tabs rather than commas, if it is. */
function delimiterProblem(text) {
    const header = text.split(/\r?\n/, 1)[0];
    if (countOutsideQuotes(header, ',') > 0)
        return null;
    if (countOutsideQuotes(header, ';') > 0)
        return 'This file uses semicolons (;) between cells; save it again as "CSV UTF-8 (comma delimited)" so cells are separated by commas.';
    if (countOutsideQuotes(header, '\t') > 0)
        return 'This file uses tabs between cells; save it again as "CSV UTF-8 (comma delimited)" so cells are separated by commas.';
    return null;
}
function csvProblem(file, error) {
    const row = (error.records ?? 0) + 1;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED')
        return {
            file,
            row,
            column: null,
            message: `A cell on row ${row} opens a quote (") that is never closed, so the rest of the file cannot be read. Close the quote, or double it ("") inside the cell.`,
        };
    if (error.code === 'CSV_INVALID_CLOSING_QUOTE')
        return {
            file,
            row,
            column: null,
            message: `A quote (") on row ${row} ends a cell but more text follows it. Inside a quoted cell, write a quote twice ("").`,
        };
    return { file, row, column: null, message: `Row ${row} cannot be read as CSV: ${error.message}` };
}
/**
 * Reads one CSV file as spreadsheets save it: UTF-8 with or without a BOM, RFC 4180 quoting,
 * CRLF or LF line ends, the first row naming the columns. A file that is not UTF-8, uses `;` or
 * tabs, or has a broken quote gets one problem saying so and no rows, so nothing of it is
 * imported. A row with more or fewer cells than the header gets a problem of its own.
 */
function readCsv(file, bytes) {
    const empty = (problem) => ({
        header: [],
        rows: [],
        problems: [{ file, ...problem }],
    });
    const text = decodeUtf8(bytes);
    if (text === null)
        return empty({
            row: null,
            column: null,
            message: 'This file is not UTF-8 text. In your spreadsheet, choose "Save as" and the type "CSV UTF-8 (comma delimited)", then import that file.',
        });
    const body = text.replace(/^\uFEFF/, '');
    if (body.trim() === '')
        return empty({ row: null, column: null, message: 'This file is empty.' });
    const delimiter = delimiterProblem(body);
    if (delimiter)
        return empty({ row: 1, column: null, message: delimiter });
    let records;
    try {
        const parsed = (0, sync_1.parse)(body, { relax_column_count: true, skip_empty_lines: true });
        records = parsed;
    }
    catch (error) {
        if (error instanceof sync_1.CsvError)
            return { header: [], rows: [], problems: [csvProblem(file, error)] };
        throw error;
    }
    const [header, ...data] = records;
    const names = header.map((name) => name.trim());
    const problems = [];
    const rows = [];
    data.forEach((cells, index) => {
        const row = index + 2;
        if (cells.length !== names.length && !(cells.length === 1 && cells[0] === '')) {
            problems.push({
                file,
                row,
                column: null,
                message: `Row ${row} has ${cells.length} cells but the header names ${names.length} columns.`,
            });
            return;
        }
        rows.push({ row, cells: Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])) });
    });
    return { header: names, rows, problems };
}
//# sourceMappingURL=read-csv.js.map