"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DOCUMENT_FILE_NAME = exports.SCHEMA_VERSION = void 0;
exports.tablesToDocument = tablesToDocument;
exports.documentToTables = documentToTables;
const tables_1 = require("./tables");
/**
 * The JSON document of a plan (GET /data/<org>/<plan>.json) and its conversions to and from
 * the tables. Pure: the exporter builds Tables and turns them into the document; the import
 * turns a document back into Tables and reads them exactly as it reads the CSV files.
 */
exports.SCHEMA_VERSION = 1;
exports.DOCUMENT_FILE_NAME = 'plan.json';
/** The cell text of a field as a JSON value: numbers and booleans typed, everything else text. */
function toJson(field, text) {
    if (text === null || text === undefined)
        return null;
    if (field.type === 'integer' && /^-?\d+$/.test(text))
        return Number(text);
    if (field.type === 'number' && text.trim() !== '' && Number.isFinite(Number(text)))
        return Number(text);
    if (field.type === 'boolean' && (text === 'true' || text === 'false'))
        return text === 'true';
    return text;
}
function fieldsOf(table, filter) {
    return tables_1.TABLES[table].fields.filter(filter);
}
/** The row's fields as JSON, leaving out the named columns. */
function jsonRow(table, row, filter = () => true) {
    const out = {};
    for (const field of fieldsOf(table, filter))
        out[field.name] = toJson(field, row[field.name]);
    return out;
}
function groupBy(rows, key) {
    const groups = new Map();
    for (const row of rows) {
        const k = key(row);
        const list = groups.get(k);
        if (list)
            list.push(row);
        else
            groups.set(k, [row]);
    }
    return groups;
}
const notComputed = (field) => !field.computed;
const isComputed = (field) => field.computed === true;
const without = (...names) => (field) => !names.includes(field.name);
/** The document for a plan's tables. Rows nested under a parent leave out the parent's key. */
function tablesToDocument(tables, meta) {
    const findings = groupBy(tables.findings, (row) => row.report_slug ?? '');
    const recommendations = groupBy(tables.recommendations, (row) => row.report_slug ?? '');
    const links = groupBy(tables.commitment_recommendations, (row) => row.commitment_reference ?? '');
    const milestones = groupBy(tables.milestones, (row) => row.commitment_reference ?? '');
    const evidence = groupBy(tables.evidence, (row) => row.update_entry ?? '');
    return {
        schemaVersion: exports.SCHEMA_VERSION,
        generatedAt: meta.generatedAt,
        licence: meta.licence,
        dataDictionary: meta.dataDictionary,
        organisation: meta.organisation,
        plan: tables.plan[0] ? jsonRow('plan', tables.plan[0]) : {},
        reports: tables.reports.map((report) => ({
            ...jsonRow('reports', report),
            findings: (findings.get(report.slug ?? '') ?? []).map((row) => jsonRow('findings', row, without('report_slug'))),
            recommendations: (recommendations.get(report.slug ?? '') ?? []).map((row) => jsonRow('recommendations', row, without('report_slug'))),
        })),
        commitments: tables.commitments.map((commitment) => ({
            ...jsonRow('commitments', commitment, notComputed),
            computed: jsonRow('commitments', commitment, isComputed),
            recommendations: (links.get(commitment.reference ?? '') ?? []).map((row) => ({
                report_slug: row.report_slug,
                reference: row.recommendation_reference,
            })),
            milestones: (milestones.get(commitment.reference ?? '') ?? []).map((row) => ({
                ...jsonRow('milestones', row, (field) => notComputed(field) && field.name !== 'commitment_reference'),
                computed: jsonRow('milestones', row, isComputed),
            })),
        })),
        updates: tables.updates.map((update) => ({
            ...jsonRow('updates', update),
            evidence: (evidence.get(update.entry ?? '') ?? []).map((row) => jsonRow('evidence', row, without('update_entry'))),
        })),
        revisions: tables.revisions.map((row) => jsonRow('revisions', row)),
    };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Reads a document back into tables, reporting what does not have the document's shape. */
function documentToTables(document) {
    const tables = (0, tables_1.emptyTables)();
    const paths = Object.fromEntries(Object.keys(tables).map((name) => [name, []]));
    const errors = [];
    const fail = (row, column, message) => errors.push({ file: exports.DOCUMENT_FILE_NAME, row, column, message });
    if (!isObject(document)) {
        fail('', null, 'The file is not a plan document: it should be a JSON object with a "plan" inside.');
        return { tables, paths, errors };
    }
    if (document.schemaVersion !== exports.SCHEMA_VERSION) {
        fail('schemaVersion', 'schemaVersion', `schemaVersion ${JSON.stringify(document.schemaVersion ?? null)} is not one this tracker reads; it reads schemaVersion ${exports.SCHEMA_VERSION}.`);
        return { tables, paths, errors };
    }
    /** The list under `key`, or [] when absent; an error when it is not a list. */
    const list = (parent, key, path) => {
        const value = parent[key];
        if (value === undefined || value === null)
            return [];
        if (Array.isArray(value))
            return value;
        fail(path, key, `"${key}" should be a list ([…]).`);
        return [];
    };
    /**
     * One table row from an object: every key must be a column of the table (or one of the
     * nested keys); values must be single values. `fixed` are the columns given by the parent.
     */
    const readRow = (table, value, path, fixed, nested = []) => {
        if (!isObject(value)) {
            fail(path, null, 'This should be an object ({…}) with the row’s columns as keys.');
            return null;
        }
        const columns = (0, tables_1.columnsOf)(table);
        const computed = isObject(value.computed) ? value.computed : {};
        if (value.computed !== undefined && !isObject(value.computed))
            fail(path, 'computed', '"computed" should be an object.');
        const row = Object.fromEntries(columns.map((column) => [column, null]));
        const take = (source, key) => {
            if (!columns.includes(key)) {
                fail(path, key, `"${key}" is not a column of ${tables_1.TABLES[table].fileName}.`);
                return;
            }
            const cell = source[key];
            if (cell === null || cell === undefined)
                row[key] = null;
            else if (typeof cell === 'string')
                row[key] = cell;
            else if (typeof cell === 'number' || typeof cell === 'boolean')
                row[key] = String(cell);
            else
                fail(path, key, `"${key}" should be a single value (text, a number, true or false), not a list or an object.`);
        };
        for (const key of Object.keys(value)) {
            if (key === 'computed' || nested.includes(key))
                continue;
            take(value, key);
        }
        for (const key of Object.keys(computed))
            take(computed, key);
        for (const [key, expected] of Object.entries(fixed)) {
            if (row[key] !== null && row[key] !== expected) {
                fail(path, key, `"${key}" is ${JSON.stringify(row[key])} but the row is listed under ${JSON.stringify(expected)}.`);
            }
            row[key] = expected;
        }
        tables[table].push(row);
        paths[table].push(path);
        return value;
    };
    if (!isObject(document.plan))
        fail('plan', 'plan', 'The document has no "plan" object.');
    else
        readRow('plan', document.plan, 'plan', {});
    list(document, 'reports', 'reports').forEach((value, r) => {
        const path = `reports[${r}]`;
        const report = readRow('reports', value, path, {}, ['findings', 'recommendations']);
        if (!report)
            return;
        const slug = typeof report.slug === 'string' ? report.slug : null;
        const under = slug === null ? {} : { report_slug: slug };
        list(report, 'findings', path).forEach((finding, f) => readRow('findings', finding, `${path}.findings[${f}]`, under));
        list(report, 'recommendations', path).forEach((recommendation, i) => readRow('recommendations', recommendation, `${path}.recommendations[${i}]`, under));
    });
    list(document, 'commitments', 'commitments').forEach((value, c) => {
        const path = `commitments[${c}]`;
        const commitment = readRow('commitments', value, path, {}, ['recommendations', 'milestones']);
        if (!commitment)
            return;
        const reference = typeof commitment.reference === 'string' ? commitment.reference : null;
        const under = reference === null ? {} : { commitment_reference: reference };
        list(commitment, 'recommendations', path).forEach((link, l) => {
            const linkPath = `${path}.recommendations[${l}]`;
            if (!isObject(link)) {
                fail(linkPath, null, 'This should be an object with "report_slug" and "reference".');
                return;
            }
            const { reference: recommendationReference, ...rest } = link;
            readRow('commitment_recommendations', { ...rest, recommendation_reference: recommendationReference }, linkPath, under);
        });
        list(commitment, 'milestones', path).forEach((milestone, m) => readRow('milestones', milestone, `${path}.milestones[${m}]`, under));
    });
    list(document, 'updates', 'updates').forEach((value, u) => {
        const path = `updates[${u}]`;
        const update = readRow('updates', value, path, {}, ['evidence']);
        if (!update)
            return;
        const entry = typeof update.entry === 'number' || typeof update.entry === 'string' ? String(update.entry) : null;
        list(update, 'evidence', path).forEach((item, e) => readRow('evidence', item, `${path}.evidence[${e}]`, entry === null ? {} : { update_entry: entry }));
    });
    list(document, 'revisions', 'revisions').forEach((value, r) => readRow('revisions', value, `revisions[${r}]`, {}));
    return { tables, paths, errors };
}
//# sourceMappingURL=plan-document.js.map