"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rowProblems = rowProblems;
const nul_character_1 = require("../../common/nul-character");
const rules_1 = require("@tracker/rules");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const create_commitment_input_1 = require("../../commitments/dto/create-commitment.input");
const post_status_update_input_1 = require("../../ledger/dto/post-status-update.input");
const create_milestone_input_1 = require("../../milestones/dto/create-milestone.input");
const milestone_reference_1 = require("../../milestones/milestone-reference");
const create_plan_input_1 = require("../../plans/dto/create-plan.input");
const finding_input_1 = require("../../reports/dto/finding.input");
const create_recommendation_input_1 = require("../../reports/dto/create-recommendation.input");
const create_report_input_1 = require("../../reports/dto/create-report.input");
const findings_rules_1 = require("../../reports/findings.rules");
const tables_1 = require("../tables");
/** Stands in for ids the file does not carry (rows are matched by reference), so the inputs' own rules can run. */
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const INTEGER = /^-?\d+$/;
const camel = (column) => column.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
const snake = (property) => property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** The problem with one cell's text for its declared type and values, if any. */
function cellProblem(field, value) {
    if (value === null)
        return field.required ? `"${field.name}" must not be empty.` : null;
    if ((0, nul_character_1.containsNul)(value))
        return nul_character_1.NUL_MESSAGE;
    switch (field.type) {
        case 'integer':
            if (!INTEGER.test(value))
                return `"${value}" is not a whole number.`;
            break;
        case 'number':
            if (!Number.isFinite(Number(value)))
                return `"${value}" is not a number.`;
            break;
        case 'boolean':
            if (value !== 'true' && value !== 'false')
                return `"${value}" should be true or false.`;
            break;
        case 'date':
            if (!(0, rules_1.isCalendarDate)(value))
                return `"${value}" is not a date written YYYY-MM-DD (such as 2025-03-31), or no such day exists.`;
            break;
        case 'datetime':
            if (!ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value)))
                return `"${value}" is not a moment written like 2025-03-31T09:30:00Z.`;
            break;
        case 'string':
            break;
    }
    if (field.enum && !field.enum.includes(value))
        return `"${value}" should be one of ${field.enum.join(', ')}.`;
    return null;
}
/** The columns an input type's property stands for. */
const COLUMN_OF = { reportIds: 'report_slugs', subjectId: 'commitment_reference' };
function validationProblems(errors, source, prefix = '') {
    return errors.flatMap((error) => {
        const column = prefix || COLUMN_OF[error.property] || snake(error.property);
        const own = Object.values(error.constraints ?? {}).map((message) => ({
            file: source.file,
            row: source.row,
            column,
            message: message.replace(new RegExp(`^${error.property}\\b`), column),
        }));
        return [...own, ...validationProblems(error.children ?? [], source, prefix)];
    });
}
/** Runs an input type's validators (those the GraphQL inputs use) on a row's values. */
function validateAs(type, values, source) {
    const input = (0, class_transformer_1.plainToInstance)(type, values);
    return validationProblems((0, class_validator_1.validateSync)(input, { forbidUnknownValues: true }), source);
}
/** The row's importable values under their input names: `success_criteria` → successCriteria. */
function valuesOf(table, cells, skip = []) {
    const values = {};
    for (const field of tables_1.TABLES[table].fields) {
        if (field.computed || field.volatile || skip.includes(field.name))
            continue;
        const value = cells[field.name] ?? null;
        if (value === null)
            continue;
        values[camel(field.name)] =
            field.type === 'integer' || field.type === 'number'
                ? Number(value)
                : field.type === 'boolean'
                    ? value === 'true'
                    : value;
    }
    return values;
}
const NOT_INPUT = ['version', 'position', 'illustrative'];
/** The domain's own rules for one row: the same validators and rules the console's forms meet. */
function domainProblems(table, source, evidenceCount) {
    const { cells } = source;
    const values = valuesOf(table, cells, NOT_INPUT);
    const at = (column, message) => ({
        file: source.file,
        row: source.row,
        column,
        message,
    });
    switch (table) {
        case 'plan': {
            const { organisationSlug: _org, reportSlugs: _reports, ...plan } = values;
            return validateAs(create_plan_input_1.CreatePlanInput, plan, source);
        }
        case 'reports':
            return validateAs(create_report_input_1.CreateReportInput, values, source);
        case 'findings': {
            const { reportSlug: _report, ...finding } = values;
            const problems = validateAs(finding_input_1.CreateFindingInput, { ...finding, position: Number(cells.position), reportId: PLACEHOLDER_ID }, source);
            const range = (0, findings_rules_1.valueProblem)(Number(cells.value), cells.unit ?? '', 'value');
            return range ? [...problems, at('value', range.message)] : problems;
        }
        case 'recommendations': {
            const { reportSlug: _report, ...recommendation } = values;
            return validateAs(create_recommendation_input_1.CreateRecommendationInput, { ...recommendation, reportId: PLACEHOLDER_ID }, source);
        }
        case 'commitments':
            return validateAs(create_commitment_input_1.CreateCommitmentInput, { ...values, planId: PLACEHOLDER_ID }, source);
        case 'milestones': {
            const { commitmentReference: _commitment, reference, ...milestone } = values;
            const problems = validateAs(create_milestone_input_1.CreateMilestoneInput, { ...milestone, commitmentId: PLACEHOLDER_ID }, source);
            if (typeof reference === 'string' && !milestone_reference_1.MILESTONE_REFERENCE.test(reference))
                problems.push(at('reference', 'reference must be 1 to 20 letters, digits, dots or hyphens, starting with a letter or digit'));
            return problems;
        }
        case 'updates': {
            const subjectType = cells.milestone_reference ? rules_1.SubjectType.MILESTONE : rules_1.SubjectType.COMMITMENT;
            const problems = validateAs(post_status_update_input_1.PostStatusUpdateInput, {
                subjectType,
                subjectId: PLACEHOLDER_ID,
                lens: cells.lens,
                status: cells.status,
                narrative: cells.narrative ?? '',
                evidence: [],
                reasonCode: cells.reason_code,
            }, source);
            if (problems.length > 0)
                return problems;
            const problem = (0, rules_1.entryProblem)({
                subjectType,
                lens: cells.lens,
                status: cells.status,
                evidenceCount,
                reasonCode: cells.reason_code ?? null,
            });
            const column = problem?.field === 'reasonCode' ? 'reason_code' : (problem?.field ?? 'status');
            return problem ? [at(column === 'evidence' ? 'status' : column, problem.message)] : [];
        }
        case 'evidence': {
            const { updateEntry: _entry, position: _position, ...evidence } = valuesOf(table, cells);
            return validateAs(post_status_update_input_1.EvidenceInput, evidence, source);
        }
        case 'commitment_recommendations':
        case 'revisions':
            return [];
    }
}
/**
 * Every problem of one row that needs no database: required cells, types, dates that are real
 * days, enum values, and the rules of the console's inputs (slugs, lengths, http(s) addresses,
 * percentages from 0 to 100, the ledger's evidence and reason rules). `evidenceCount` is the
 * evidence the file gives a ledger row.
 */
function rowProblems(table, source, evidenceCount = 0) {
    const problems = [];
    for (const field of tables_1.TABLES[table].fields) {
        if (field.computed || field.volatile)
            continue;
        if (table === 'updates' && field.name === 'entry' && source.cells.entry == null)
            continue;
        const message = cellProblem(field, source.cells[field.name] ?? null);
        if (message)
            problems.push({ file: source.file, row: source.row, column: field.name, message });
    }
    if (problems.length > 0)
        return problems;
    return domainProblems(table, source, evidenceCount);
}
//# sourceMappingURL=check-rows.js.map