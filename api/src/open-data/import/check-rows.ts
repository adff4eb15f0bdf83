import { containsNul, NUL_MESSAGE } from '../../common/nul-character';
import { entryProblem, EntryStatus, isCalendarDate, Lens, ReasonCode, SubjectType } from '@tracker/rules';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { CreateCommitmentInput } from '../../commitments/dto/create-commitment.input';
import { EvidenceInput, PostStatusUpdateInput } from '../../ledger/dto/post-status-update.input';
import { CreateMilestoneInput } from '../../milestones/dto/create-milestone.input';
import { MILESTONE_REFERENCE } from '../../milestones/milestone-reference';
import { CreatePlanInput } from '../../plans/dto/create-plan.input';
import { CreateFindingInput } from '../../reports/dto/finding.input';
import { CreateRecommendationInput } from '../../reports/dto/create-recommendation.input';
import { CreateReportInput } from '../../reports/dto/create-report.input';
import { valueProblem } from '../../reports/findings.rules';
import { FieldSpec, Row, TableName, TABLES } from '../tables';
import { ImportProblem } from './import-preview';
import { SourcedRow } from './read-upload';

/** Stands in for ids the file does not carry (rows are matched by reference), so the inputs' own rules can run. */
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
const INTEGER = /^-?\d+$/;

const camel = (column: string): string => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const snake = (property: string): string => property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The problem with one cell's text for its declared type and values, if any. */
function cellProblem(field: FieldSpec, value: string | null): string | null {
  if (value === null) return field.required ? `"${field.name}" must not be empty.` : null;
  if (containsNul(value)) return NUL_MESSAGE;
  switch (field.type) {
    case 'integer':
      if (!INTEGER.test(value)) return `"${value}" is not a whole number.`;
      break;
    case 'number':
      if (!Number.isFinite(Number(value))) return `"${value}" is not a number.`;
      break;
    case 'boolean':
      if (value !== 'true' && value !== 'false') return `"${value}" should be true or false.`;
      break;
    case 'date':
      if (!isCalendarDate(value))
        return `"${value}" is not a date written YYYY-MM-DD (such as 2025-03-31), or no such day exists.`;
      break;
    case 'datetime':
      if (!ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value)))
        return `"${value}" is not a moment written like 2025-03-31T09:30:00Z.`;
      break;
    case 'string':
      break;
  }
  if (field.enum && !field.enum.includes(value)) return `"${value}" should be one of ${field.enum.join(', ')}.`;
  return null;
}

/** The columns an input type's property stands for. */
const COLUMN_OF: Record<string, string> = { reportIds: 'report_slugs', subjectId: 'commitment_reference' };

function validationProblems(errors: ValidationError[], source: SourcedRow, prefix = ''): ImportProblem[] {
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
function validateAs<T extends object>(
  type: new () => T,
  values: Record<string, unknown>,
  source: SourcedRow,
): ImportProblem[] {
  const input = plainToInstance(type, values);
  return validationProblems(validateSync(input, { forbidUnknownValues: true }), source);
}

/** The row's importable values under their input names: `success_criteria` → successCriteria. */
function valuesOf(table: TableName, cells: Row, skip: string[] = []): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of TABLES[table].fields) {
    if (field.computed || field.volatile || skip.includes(field.name)) continue;
    const value = cells[field.name] ?? null;
    if (value === null) continue;
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
function domainProblems(table: TableName, source: SourcedRow, evidenceCount: number): ImportProblem[] {
  const { cells } = source;
  const values = valuesOf(table, cells, NOT_INPUT);
  const at = (column: string, message: string): ImportProblem => ({
    file: source.file,
    row: source.row,
    column,
    message,
  });
  switch (table) {
    case 'plan': {
      const { organisationSlug: _org, reportSlugs: _reports, ...plan } = values;
      return validateAs(CreatePlanInput, plan, source);
    }
    case 'reports':
      return validateAs(CreateReportInput, values, source);
    case 'findings': {
      const { reportSlug: _report, ...finding } = values;
      const problems = validateAs(
        CreateFindingInput,
        { ...finding, position: Number(cells.position), reportId: PLACEHOLDER_ID },
        source,
      );
      const range = valueProblem(Number(cells.value), cells.unit ?? '', 'value');
      return range ? [...problems, at('value', range.message)] : problems;
    }
    case 'recommendations': {
      const { reportSlug: _report, ...recommendation } = values;
      return validateAs(CreateRecommendationInput, { ...recommendation, reportId: PLACEHOLDER_ID }, source);
    }
    case 'commitments':
      return validateAs(CreateCommitmentInput, { ...values, planId: PLACEHOLDER_ID }, source);
    case 'milestones': {
      const { commitmentReference: _commitment, reference, ...milestone } = values;
      const problems = validateAs(CreateMilestoneInput, { ...milestone, commitmentId: PLACEHOLDER_ID }, source);
      if (typeof reference === 'string' && !MILESTONE_REFERENCE.test(reference))
        problems.push(
          at(
            'reference',
            'reference must be 1 to 20 letters, digits, dots or hyphens, starting with a letter or digit',
          ),
        );
      return problems;
    }
    case 'updates': {
      const subjectType = cells.milestone_reference ? SubjectType.MILESTONE : SubjectType.COMMITMENT;
      const problems = validateAs(
        PostStatusUpdateInput,
        {
          subjectType,
          subjectId: PLACEHOLDER_ID,
          lens: cells.lens,
          status: cells.status,
          narrative: cells.narrative ?? '',
          evidence: [],
          reasonCode: cells.reason_code,
        },
        source,
      );
      if (problems.length > 0) return problems;
      const problem = entryProblem({
        subjectType,
        lens: cells.lens as Lens,
        status: cells.status as EntryStatus,
        evidenceCount,
        reasonCode: (cells.reason_code as ReasonCode | null) ?? null,
      });
      const column = problem?.field === 'reasonCode' ? 'reason_code' : (problem?.field ?? 'status');
      return problem ? [at(column === 'evidence' ? 'status' : column, problem.message)] : [];
    }
    case 'evidence': {
      const { updateEntry: _entry, position: _position, ...evidence } = valuesOf(table, cells);
      return validateAs(EvidenceInput, evidence, source);
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
export function rowProblems(table: TableName, source: SourcedRow, evidenceCount = 0): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const field of TABLES[table].fields) {
    if (field.computed || field.volatile) continue;
    if (table === 'updates' && field.name === 'entry' && source.cells.entry == null) continue;
    const message = cellProblem(field, source.cells[field.name] ?? null);
    if (message) problems.push({ file: source.file, row: source.row, column: field.name, message });
  }
  if (problems.length > 0) return problems;
  return domainProblems(table, source, evidenceCount);
}
