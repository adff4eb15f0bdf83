import { Injectable } from '@nestjs/common';
import { EntryStatus, Lens, ReasonCode, EvidenceKind } from '@tracker/rules';
import { EntityManager, EntityTarget } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AccessPolicy } from '../../auth/access-policy';
import { SignedInActor } from '../../auth/actor';
import { CommitmentRecommendation } from '../../commitments/commitment-recommendation.entity';
import { Commitment } from '../../commitments/commitment.entity';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { newId, nowIso } from '../../common/ids';
import { Transactions } from '../../common/transactions';
import { LedgerWriter } from '../../ledger/ledger-writer.service';
import { StatusUpdate } from '../../ledger/status-update.entity';
import { Milestone } from '../../milestones/milestone.entity';
import { Organisation } from '../../organisations/organisation.entity';
import { ActionPlan } from '../../plans/action-plan.entity';
import { PlanReport } from '../../plans/plan-report.entity';
import { Finding } from '../../reports/finding.entity';
import { Recommendation, RecommendationResponse } from '../../reports/recommendation.entity';
import { Report } from '../../reports/report.entity';
import { Editable, EditsService } from '../../revisions/edits.service';
import { Revision, RevisionSubject } from '../../revisions/revision.entity';
import { Row, TableName } from '../tables';
import { rowProblems } from './check-rows';
import { countActions, FieldChange, ImportPreview, ImportProblem, PreviewRow } from './import-preview';
import {
  findingKey,
  ImportState,
  linkKey,
  milestoneKey,
  readState,
  recommendationKey,
  revisionKey,
} from './import-state';
import { SourcedRow, Upload } from './read-upload';

export interface ImportOptions {
  organisationSlug: string;
  /** The plan a file without plan.csv (a single table's CSV) is about. */
  planSlug?: string;
  dryRun: boolean;
  actor: SignedInActor;
}

/** Entity property ← column, with how a cell becomes the property's value. */
type Mapping = [column: string, property: string, kind?: 'text' | 'nullable' | 'number' | 'boolean'];

const REPORT_FIELDS: Mapping[] = [
  ['title', 'title'],
  ['published_on', 'publishedOn', 'nullable'],
  ['summary', 'summary'],
  ['url', 'url', 'nullable'],
  ['illustrative', 'isIllustrative', 'boolean'],
];
const FINDING_FIELDS: Mapping[] = [
  ['label', 'label'],
  ['value', 'value', 'number'],
  ['unit', 'unit'],
];
const RECOMMENDATION_FIELDS: Mapping[] = [
  ['position', 'position', 'number'],
  ['title', 'title'],
  ['body', 'body'],
  ['theme', 'theme', 'nullable'],
  ['response', 'response'],
  ['illustrative', 'isIllustrative', 'boolean'],
];
const PLAN_FIELDS: Mapping[] = [
  ['title', 'title'],
  ['counterpart', 'counterpart'],
  ['agreed_on', 'agreedOn', 'nullable'],
  ['description', 'description'],
];
const COMMITMENT_FIELDS: Mapping[] = [
  ['position', 'position', 'number'],
  ['title', 'title'],
  ['description', 'description'],
  ['owner', 'owner', 'nullable'],
  ['success_criteria', 'successCriteria', 'nullable'],
  ['due_date', 'dueDate', 'nullable'],
  ['theme', 'theme', 'nullable'],
  ['illustrative', 'isIllustrative', 'boolean'],
];
const MILESTONE_FIELDS: Mapping[] = [
  ['position', 'position', 'number'],
  ['title', 'title'],
  ['description', 'description'],
  ['due_date', 'dueDate', 'nullable'],
];

/** A property's value as the cell would show it: null for empty. */
const cellText = (value: unknown): string | null =>
  value === null || value === undefined || value === ''
    ? null
    : typeof value === 'number'
      ? String(value)
      : String(value);

/** The value a cell gives a property; a cell left empty in a column the file lacks is undefined (left as it is). */
function valueOf(cells: Row, [column, , kind = 'text']: Mapping): unknown {
  if (!(column in cells)) return undefined;
  const cell = cells[column];
  if (kind === 'number') return cell === null ? undefined : Number(cell);
  if (kind === 'boolean') return cell === null ? undefined : cell === 'true';
  if (kind === 'nullable') return cell;
  return cell ?? '';
}

function diff(
  mappings: Mapping[],
  cells: Row,
  current: object,
): { changes: FieldChange[]; values: Record<string, unknown> } {
  const changes: FieldChange[] = [];
  const values: Record<string, unknown> = {};
  for (const mapping of mappings) {
    const value = valueOf(cells, mapping);
    if (value === undefined) continue;
    const before = cellText((current as Record<string, unknown>)[mapping[1]]);
    const after = cellText(value);
    if (before === after) continue;
    changes.push({ field: mapping[0], before, after });
    values[mapping[1]] = value;
  }
  return { changes, values };
}

/** A new record's values: a column the file leaves out or empty gets the console's default (no text, false, none). */
function fresh(mappings: Mapping[], cells: Row): Record<string, unknown> {
  return Object.fromEntries(
    mappings.map((mapping) => {
      const kind = mapping[2] ?? 'text';
      return [mapping[1], valueOf(cells, mapping) ?? (kind === 'boolean' ? false : kind === 'text' ? '' : null)];
    }),
  );
}

type Step = (manager: EntityManager) => Promise<void>;

const noCommitment = (reference: string): string => `No commitment "${reference}" in the plan or in this file.`;

/** How the rows of a table of edited records (reports, findings, recommendations, commitments, milestones) are imported. */
interface EditedTable<T extends Editable> {
  table: TableName;
  /** The row's key as people say it (`C3 M2`), also its key in `current`. */
  key: (cells: Row) => string;
  /** What the ids of created records are kept under: `commitment` → `commitment C3`. */
  idPrefix: string;
  entity: new () => T;
  subject: RevisionSubject;
  fields: Mapping[];
  /** The records already in the tracker, by key. */
  current: Map<string, T>;
  /** The column naming the record a row belongs to, which must be in the tracker or in the file. */
  parent?: { column: string; exists: (value: string) => boolean; missing: (value: string) => string };
  /** Problems only a new row can have. */
  newRowProblems?: (source: SourcedRow, key: string) => ImportProblem[];
  /** The commitment or report whose public history shows an edit. */
  links?: (current: T) => { commitmentId?: string | null; reportId?: string | null };
  /** A new record's values besides its columns; called as the step runs, when the ids of its parents are known. */
  extra: (cells: Row, key: string, index: number) => Record<string, unknown>;
}

/**
 * Imports one plan from an export's files (docs/open-data.md): checks every row, compares it
 * with the database and, unless it is a dry run or any row has a problem, applies it all in one
 * transaction through the same writers as the console (EditsService for edits and creations,
 * the LedgerWriter for new entries), with the importing executive as actor.
 */
@Injectable()
export class PlanImportService {
  constructor(
    private readonly transactions: Transactions,
    private readonly edits: EditsService,
    private readonly ledger: LedgerWriter,
    private readonly audit: AuditService,
    private readonly access: AccessPolicy,
  ) {}

  async run(upload: Upload, options: ImportOptions): Promise<ImportPreview> {
    const apply = new Rollback();
    try {
      return await this.transactions.run(async (manager) => {
        const preview = await this.plan(manager, upload, options);
        if (options.dryRun || !preview.ok) {
          apply.preview = preview.preview;
          throw apply;
        }
        for (const step of preview.steps) await step(manager);
        const { counts } = preview.preview;
        if (counts.create + counts.update > 0)
          await this.audit.record(manager, {
            actorId: options.actor.user.id,
            action: 'plan.import',
            subjectType: RevisionSubject.PLAN,
            subjectId: preview.planId() ?? undefined,
            detail: { create: counts.create, update: counts.update, unchanged: counts.unchanged },
            ip: options.actor.ip,
          });
        return { ...preview.preview, applied: true };
      });
    } catch (error) {
      if (error === apply) return apply.preview!;
      throw error;
    }
  }

  private async plan(manager: EntityManager, upload: Upload, options: ImportOptions) {
    const organisation = await manager.findOneBy(Organisation, { slug: options.organisationSlug });
    if (!organisation)
      throw new DomainError(ErrorCode.NOT_FOUND, `No organisation has the slug "${options.organisationSlug}".`);
    this.access.assertExecutiveOf(options.actor.user, organisation.id);
    const planRows = upload.tables.plan;
    const planSlug = planRows[0]?.cells.slug ?? options.planSlug ?? null;
    const planner = new Planner(this.edits, this.ledger, this.audit, options.actor, upload);
    if (!planSlug) {
      planner.fileProblem(
        'The file names no plan: import the whole export (its zip or .json), or choose the plan the file is about.',
      );
      return planner.finish({ slug: '', exists: false });
    }
    const state = await readState(manager, organisation, planSlug);
    planner.build(state, planSlug);
    return planner.finish({ slug: planSlug, exists: state.plan?.organisationId === organisation.id });
  }
}

/** Thrown to roll back the transaction of a dry run or a refused import, carrying its preview. */
class Rollback extends Error {
  preview: ImportPreview | null = null;
}

/** Works out, row by row, what an import would do, and the steps that do it. */
class Planner {
  private readonly rows: PreviewRow[] = [];
  private readonly problems: ImportProblem[] = [];
  private readonly notes: string[] = [];
  private readonly steps: Step[] = [];
  /** Ids of records the steps create or find, by key, filled in as the steps run. */
  private readonly ids = new Map<string, string>();
  private planId: string | null = null;
  private creatingPlan = false;

  constructor(
    private readonly edits: EditsService,
    private readonly ledger: LedgerWriter,
    private readonly audit: AuditService,
    private readonly actor: SignedInActor,
    private readonly upload: Upload,
  ) {
    this.problems.push(...upload.problems);
  }

  fileProblem(message: string): void {
    this.problems.push({ file: this.upload.tables.plan[0]?.file ?? '', row: null, column: null, message });
  }

  finish(plan: { slug: string; exists: boolean }) {
    const counts = countActions(this.rows);
    const ok = this.problems.length === 0 && counts.error === 0;
    const preview: ImportPreview = {
      plan,
      applied: false,
      counts,
      errors: this.problems,
      notes: this.notes,
      rows: this.rows,
    };
    return { ok, preview, steps: this.steps, planId: () => this.planId };
  }

  private row(table: TableName, source: SourcedRow, key: string, errors: ImportProblem[]): PreviewRow {
    const row: PreviewRow = {
      file: source.file,
      row: source.row,
      key,
      action: 'unchanged',
      changes: [],
      errors,
    };
    if (errors.length > 0) row.action = 'error';
    this.rows.push(row);
    void table;
    return row;
  }

  private error(source: SourcedRow, column: string | null, message: string): ImportProblem {
    return { file: source.file, row: source.row, column, message };
  }

  /** Rows whose key appears twice are errors, each naming the other's row. */
  private duplicates(table: TableName, keyOf: (cells: Row) => string | null): Map<SourcedRow, ImportProblem[]> {
    const seen = new Map<string, SourcedRow>();
    const problems = new Map<SourcedRow, ImportProblem[]>();
    for (const source of this.upload.tables[table]) {
      const key = keyOf(source.cells);
      if (key === null) continue;
      const first = seen.get(key);
      if (first)
        problems.set(source, [
          this.error(source, null, `"${key}" is already on row ${first.row} of ${first.file}; each appears once.`),
        ]);
      else seen.set(key, source);
    }
    return problems;
  }

  /** Row problems (types, rules, duplicates) plus `extra` ones. */
  private checked(
    table: TableName,
    source: SourcedRow,
    dupes: Map<SourcedRow, ImportProblem[]>,
    evidence = 0,
  ): ImportProblem[] {
    return [...rowProblems(table, source, evidence), ...(dupes.get(source) ?? [])];
  }

  /** An edit of an existing record: conflict when the file's version is not the record's. */
  private update<T extends Editable>(
    row: PreviewRow,
    source: SourcedRow,
    entity: EntityTarget<T>,
    subject: RevisionSubject,
    current: T,
    change: { changes: FieldChange[]; values: Record<string, unknown> },
    links: { commitmentId?: string | null; reportId?: string | null } = {},
  ): void {
    if (change.changes.length === 0) return;
    const version = source.cells.version;
    if (version === null || version === undefined) {
      row.errors.push(
        this.error(
          source,
          'version',
          'This row changes a record, so it needs the version it was exported at; export again and redo your edits.',
        ),
      );
    } else if (Number(version) !== current.version) {
      row.errors.push(
        this.error(
          source,
          'version',
          `Changed in the tracker since this file was exported (version ${version} → ${current.version}); export again and redo your edits.`,
        ),
      );
    }
    row.changes = change.changes;
    if (row.errors.length > 0) {
      row.action = 'error';
      return;
    }
    row.action = 'update';
    this.steps.push(async (manager) => {
      const fresh = await manager.findOneByOrFail(entity, { id: current.id } as never);
      await this.edits.apply(manager, {
        entity,
        subject,
        row: fresh,
        version: current.version,
        changes: change.values as Partial<T>,
        actor: this.actor,
        commitmentId: links.commitmentId ?? null,
        reportId: links.reportId ?? null,
      });
    });
  }

  private create<T extends Editable>(
    row: PreviewRow,
    cells: Row,
    entity: EntityTarget<T>,
    subject: RevisionSubject,
    key: string,
    build: () => T,
    after?: (manager: EntityManager, created: T) => Promise<void>,
  ): void {
    row.changes = Object.entries(cells)
      .filter(([, value]) => value !== null)
      .map(([field, value]) => ({ field, before: null, after: value }));
    if (row.errors.length > 0) {
      row.action = 'error';
      return;
    }
    row.action = 'create';
    this.steps.push(async (manager) => {
      const record = build();
      this.ids.set(key, record.id);
      await this.edits.create(manager, entity, subject, record, this.actor);
      if (after) await after(manager, record);
    });
  }

  /** Each row of an edited table: checked, then an update of the record with its key or a new record. */
  private editedRows<T extends Editable>(spec: EditedTable<T>): void {
    const dupes = this.duplicates(spec.table, spec.key);
    this.upload.tables[spec.table].forEach((source, index) => {
      const cells = source.cells;
      const key = spec.key(cells);
      const row = this.row(spec.table, source, key, this.checked(spec.table, source, dupes));
      const parent = spec.parent ? cells[spec.parent.column] : null;
      if (spec.parent && parent && !spec.parent.exists(parent))
        row.errors.push(this.error(source, spec.parent.column, spec.parent.missing(parent)));
      const current = spec.current.get(key);
      if (current) {
        const change = diff(spec.fields, cells, current);
        this.update(row, source, spec.entity, spec.subject, current, change, spec.links?.(current));
        return;
      }
      row.errors.push(...(spec.newRowProblems?.(source, key) ?? []));
      this.create(row, cells, spec.entity, spec.subject, `${spec.idPrefix} ${key}`, () =>
        Object.assign(new spec.entity(), {
          ...this.stamp(cells),
          ...fresh(spec.fields, cells),
          ...spec.extra(cells, key, index),
        }),
      );
    });
  }

  /** The version a created record starts at: its row's when the import restores a plan with its history. */
  private startVersion(cells: Row): number {
    return this.creatingPlan && cells.version ? Number(cells.version) : 1;
  }

  private stamp(cells: Row): { id: string; version: number; createdAt: string; updatedAt: string } {
    const now = nowIso();
    return { id: newId(), version: this.startVersion(cells), createdAt: now, updatedAt: now };
  }

  private id(key: string): string {
    const id = this.ids.get(key);
    if (!id) throw new Error(`The import lost track of ${key}.`);
    return id;
  }

  build(state: ImportState, planSlug: string): void {
    const org = state.organisation;
    const tables = this.upload.tables;
    const ownPlan = state.plan && state.plan.organisationId === org.id ? state.plan : null;
    this.creatingPlan = ownPlan === null;
    if (ownPlan) this.ids.set(`plan`, ownPlan.id);
    for (const [slug, report] of state.reports) this.ids.set(`report ${slug}`, report.id);
    for (const [key, rec] of state.recommendations) this.ids.set(`recommendation ${key}`, rec.id);
    for (const [key, c] of state.commitments) this.ids.set(`commitment ${key}`, c.id);
    for (const [key, m] of state.milestones) this.ids.set(`milestone ${key}`, m.id);
    state.entries.forEach((entry, index) => this.ids.set(`entry ${index + 1}`, entry.id));
    if (state.plan && state.plan.organisationId !== org.id && tables.plan.length === 0)
      this.fileProblem(`The plan "${planSlug}" belongs to another organisation.`);
    if (!ownPlan && tables.plan.length === 0 && !(state.plan && state.plan.organisationId !== org.id))
      this.fileProblem(
        `There is no plan "${planSlug}" in ${org.slug}; to create it, import the whole export with its plan.csv.`,
      );

    // Reports: the file's and the organisation's.
    const fileReports = new Set(tables.reports.map((r) => r.cells.slug).filter((s): s is string => !!s));
    const reportExists = (slug: string | null): boolean => !!slug && (fileReports.has(slug) || state.reports.has(slug));
    const noReport = (slug: string) => `No report "${slug}" in ${org.slug} or in this file.`;

    // plan
    let planReportSlugs: string[] = [];
    /** Links from the plan to the reports it answers, written once the file's reports exist. */
    const reportLinks: Step[] = [];
    tables.plan.forEach((source, index) => {
      const errors = rowProblems('plan', source);
      const row = this.row('plan', source, source.cells.slug ?? 'plan', errors);
      if (index > 0) row.errors.push(this.error(source, null, 'plan.csv holds one row: the plan.'));
      const cells = source.cells;
      if (cells.slug !== planSlug) row.errors.push(this.error(source, 'slug', `The plan's slug is "${planSlug}".`));
      if (cells.organisation_slug && cells.organisation_slug !== org.slug)
        row.errors.push(
          this.error(
            source,
            'organisation_slug',
            `You are importing into ${org.slug}; this plan says it belongs to ${cells.organisation_slug}. Change organisation_slug to ${org.slug} to import it here.`,
          ),
        );
      if (state.plan && state.plan.organisationId !== org.id)
        row.errors.push(
          this.error(source, 'slug', `The slug "${planSlug}" is taken by another organisation's plan; choose another.`),
        );
      if (!state.plan && (state.reports.has(planSlug) || org.slug === planSlug || fileReports.has(planSlug)))
        row.errors.push(
          this.error(
            source,
            'slug',
            `The slug "${planSlug}" is already used by an organisation or report; choose another.`,
          ),
        );
      planReportSlugs = (cells.report_slugs ?? '').split(/\s+/).filter(Boolean);
      for (const slug of planReportSlugs)
        if (!reportExists(slug)) row.errors.push(this.error(source, 'report_slugs', noReport(slug)));
      if (row.errors.length > 0) {
        row.action = 'error';
        return;
      }
      const addLinks = async (manager: EntityManager, planId: string): Promise<void> => {
        const missing = planReportSlugs
          .map((slug) => this.id(`report ${slug}`))
          .filter((id) => !state.planReportIds.has(id));
        if (missing.length > 0)
          await manager.insert(
            PlanReport,
            missing.map((reportId) => ({ planId, reportId })),
          );
      };
      const newLinks = planReportSlugs.filter(
        (slug) => !state.reports.has(slug) || !state.planReportIds.has(state.reports.get(slug)!.id),
      );
      if (!ownPlan) {
        this.create(
          row,
          cells,
          ActionPlan,
          RevisionSubject.PLAN,
          'plan',
          () =>
            Object.assign(new ActionPlan(), {
              ...this.stamp(cells),
              organisationId: org.id,
              slug: planSlug,
              ...fresh(PLAN_FIELDS, cells),
              isIllustrative: false,
              publishedAt: null,
              unpublishedReason: null,
            }),
          async (_manager, created) => {
            this.planId = created.id;
          },
        );
        if (row.action === 'create') reportLinks.push((manager) => addLinks(manager, this.id('plan')));
        return;
      }
      this.planId = ownPlan.id;
      const change = diff(PLAN_FIELDS, cells, ownPlan);
      if (newLinks.length > 0) change.changes.push({ field: 'report_slugs', before: null, after: newLinks.join(' ') });
      this.update(row, source, ActionPlan, RevisionSubject.PLAN, ownPlan, {
        changes: change.changes.filter((c) => c.field !== 'report_slugs'),
        values: change.values,
      });
      if (newLinks.length > 0) {
        row.changes = change.changes;
        if (row.action === 'unchanged') row.action = 'update';
        reportLinks.push((manager) => addLinks(manager, ownPlan.id));
      }
      const dropped = [...state.planReportIds].filter(
        (id) => ![...state.reports.values()].some((r) => r.id === id && planReportSlugs.includes(r.slug)),
      );
      if (dropped.length > 0)
        this.notes.push(
          'A report the plan answers is missing from report_slugs; the import never removes a link, so it stays.',
        );
    });
    if (ownPlan) this.planId = ownPlan.id;

    // reports, findings, recommendations, commitments
    const fromReport = { column: 'report_slug', exists: reportExists, missing: noReport };
    this.editedRows({
      table: 'reports',
      key: (cells) => cells.slug ?? '',
      idPrefix: 'report',
      entity: Report,
      subject: RevisionSubject.REPORT,
      fields: REPORT_FIELDS,
      current: state.reports,
      newRowProblems: (source, slug) =>
        slug && (slug === planSlug || slug === org.slug)
          ? [
              this.error(
                source,
                'slug',
                `The slug "${slug}" is already used by an organisation or plan; choose another.`,
              ),
            ]
          : [],
      extra: (_cells, slug) => ({ organisationId: org.id, slug }),
    });
    this.steps.push(...reportLinks);
    this.editedRows({
      table: 'findings',
      key: (cells) => findingKey(cells.report_slug ?? '', cells.position ?? ''),
      idPrefix: 'finding',
      entity: Finding,
      subject: RevisionSubject.FINDING,
      fields: FINDING_FIELDS,
      current: state.findings,
      parent: fromReport,
      links: (current) => ({ reportId: current.reportId }),
      extra: (cells) => ({ reportId: this.id(`report ${cells.report_slug}`), position: Number(cells.position) }),
    });
    const recommendationOf = (cells: Row) => recommendationKey(cells.report_slug ?? '', cells.reference ?? '');
    const fileRecommendations = new Set(tables.recommendations.map((r) => recommendationOf(r.cells)));
    this.editedRows({
      table: 'recommendations',
      key: recommendationOf,
      idPrefix: 'recommendation',
      entity: Recommendation,
      subject: RevisionSubject.RECOMMENDATION,
      fields: RECOMMENDATION_FIELDS,
      current: state.recommendations,
      parent: fromReport,
      extra: (cells, _key, index) => ({
        reportId: this.id(`report ${cells.report_slug}`),
        reference: cells.reference!,
        response: cells.response ?? RecommendationResponse.NO_RESPONSE,
        position: cells.position
          ? Number(cells.position)
          : tables.recommendations.slice(0, index + 1).filter((r) => r.cells.report_slug === cells.report_slug).length,
      }),
    });
    const recommendationExists = (key: string): boolean =>
      fileRecommendations.has(key) || state.recommendations.has(key);

    const fileCommitments = new Set(tables.commitments.map((r) => r.cells.reference).filter((s): s is string => !!s));
    const commitmentExists = (ref: string | null): boolean =>
      !!ref && (fileCommitments.has(ref) || state.commitments.has(ref));
    this.editedRows({
      table: 'commitments',
      key: (cells) => cells.reference ?? '',
      idPrefix: 'commitment',
      entity: Commitment,
      subject: RevisionSubject.COMMITMENT,
      fields: COMMITMENT_FIELDS,
      current: state.commitments,
      links: (current) => ({ commitmentId: current.id }),
      extra: (cells, reference, index) => ({
        planId: this.id('plan'),
        reference,
        position: cells.position ? Number(cells.position) : state.commitments.size + index + 1,
      }),
    });

    // commitment_recommendations
    const answered = new Set([
      ...planReportSlugs,
      ...[...state.reports.values()].filter((r) => state.planReportIds.has(r.id)).map((r) => r.slug),
    ]);
    const linkDupes = this.duplicates('commitment_recommendations', (c) =>
      linkKey(c.commitment_reference ?? '', c.report_slug ?? '', c.recommendation_reference ?? ''),
    );
    for (const source of tables.commitment_recommendations) {
      const cells = source.cells;
      const key = linkKey(
        cells.commitment_reference ?? '',
        cells.report_slug ?? '',
        cells.recommendation_reference ?? '',
      );
      const row = this.row(
        'commitment_recommendations',
        source,
        key,
        this.checked('commitment_recommendations', source, linkDupes),
      );
      if (row.errors.length > 0) {
        row.action = 'error';
        continue;
      }
      const recKey = recommendationKey(cells.report_slug!, cells.recommendation_reference!);
      if (!commitmentExists(cells.commitment_reference))
        row.errors.push(this.error(source, 'commitment_reference', noCommitment(cells.commitment_reference!)));
      if (!recommendationExists(recKey))
        row.errors.push(
          this.error(
            source,
            'recommendation_reference',
            `The report "${cells.report_slug}" has no recommendation "${cells.recommendation_reference}", in the tracker or in this file.`,
          ),
        );
      else if (!answered.has(cells.report_slug!))
        row.errors.push(
          this.error(
            source,
            'report_slug',
            `The plan does not answer the report "${cells.report_slug}"; add it to the plan's report_slugs first.`,
          ),
        );
      if (row.errors.length > 0) {
        row.action = 'error';
        continue;
      }
      if (state.links.has(key)) continue;
      row.action = 'create';
      row.changes = [{ field: 'link', before: null, after: key }];
      this.steps.push(async (manager) => {
        const link = {
          commitmentId: this.id(`commitment ${cells.commitment_reference}`),
          recommendationId: this.id(`recommendation ${recKey}`),
        };
        await manager.insert(CommitmentRecommendation, link);
        await this.audit.record(manager, {
          actorId: this.actor.user.id,
          action: 'commitment.link',
          subjectType: RevisionSubject.COMMITMENT,
          subjectId: link.commitmentId,
          detail: { recommendationId: link.recommendationId, reference: cells.recommendation_reference },
          ip: this.actor.ip,
        });
      });
    }

    // milestones
    const fileMilestones = new Set(
      tables.milestones.map((r) => milestoneKey(r.cells.commitment_reference ?? '', r.cells.reference ?? '')),
    );
    const milestoneOf = (cells: Row) => milestoneKey(cells.commitment_reference ?? '', cells.reference ?? '');
    this.editedRows({
      table: 'milestones',
      key: milestoneOf,
      idPrefix: 'milestone',
      entity: Milestone,
      subject: RevisionSubject.MILESTONE,
      fields: MILESTONE_FIELDS,
      current: state.milestones,
      parent: { column: 'commitment_reference', exists: commitmentExists, missing: noCommitment },
      links: (current) => ({ commitmentId: current.commitmentId }),
      extra: (cells, _key, index) => {
        const parent = cells.commitment_reference ?? '';
        const parentId = state.commitments.get(parent)?.id;
        const before = tables.milestones
          .slice(0, index)
          .filter((r) => r.cells.commitment_reference === parent && !state.milestones.has(milestoneOf(r.cells)));
        const kept = [...state.milestones.values()].filter((m) => m.commitmentId === parentId).length;
        return {
          commitmentId: this.id(`commitment ${parent}`),
          planId: this.id('plan'),
          reference: cells.reference!,
          position: cells.position ? Number(cells.position) : kept + before.length + 1,
        };
      },
    });
    const milestoneExists = (key: string): boolean => fileMilestones.has(key) || state.milestones.has(key);

    this.buildLedger(state, commitmentExists, milestoneExists);
    this.buildRevisions(state, planSlug);
  }

  private buildLedger(
    state: ImportState,
    commitmentExists: (ref: string | null) => boolean,
    milestoneExists: (key: string) => boolean,
  ): void {
    const tables = this.upload.tables;
    const existing = state.entries.length;
    const evidenceOf = new Map<string, SourcedRow[]>();
    const evidenceDupes = this.duplicates('evidence', (c) => `${c.update_entry} ${c.position}`);
    for (const source of tables.evidence) {
      const entry = source.cells.update_entry ?? '';
      evidenceOf.set(entry, [...(evidenceOf.get(entry) ?? []), source]);
    }
    const updateDupes = this.duplicates('updates', (c) => c.entry);
    const numbered = tables.updates
      .filter((s) => s.cells.entry !== null)
      .sort((a, b) => Number(a.cells.entry) - Number(b.cells.entry));
    const unnumbered = tables.updates.filter((s) => s.cells.entry === null);
    let next = existing + 1;
    const now = nowIso();
    const fileEntries = new Map<number, Row>();
    for (const source of [...numbered, ...unnumbered]) {
      const cells = source.cells;
      const evidence = (evidenceOf.get(cells.entry ?? '\u0000') ?? []).sort(
        (a, b) => Number(a.cells.position) - Number(b.cells.position),
      );
      const row = this.row(
        'updates',
        source,
        cells.entry ? `entry ${cells.entry}` : 'new entry',
        this.checked('updates', source, updateDupes, evidence.length),
      );
      const subjectKey = cells.milestone_reference
        ? milestoneKey(cells.commitment_reference ?? '', cells.milestone_reference)
        : null;
      if (cells.commitment_reference && !commitmentExists(cells.commitment_reference))
        row.errors.push(this.error(source, 'commitment_reference', noCommitment(cells.commitment_reference)));
      else if (subjectKey && !milestoneExists(subjectKey))
        row.errors.push(
          this.error(source, 'milestone_reference', `No milestone "${subjectKey}" in the plan or in this file.`),
        );
      const number = cells.entry ? Number(cells.entry) : null;
      if (number !== null && number <= existing && number >= 1) {
        const entry = state.entries[number - 1];
        const mismatch = this.entryMismatch(state, entry, cells, evidence);
        if (mismatch)
          row.errors.push(
            this.error(
              source,
              mismatch,
              `Entry ${number} is already in the ledger and entries are never changed; to say something new, add a row without an entry number.`,
            ),
          );
        for (const item of evidence)
          this.row('evidence', item, `entry ${number} evidence ${item.cells.position}`, [
            ...rowProblems('evidence', item),
            ...(evidenceDupes.get(item) ?? []),
          ]);
        if (row.errors.length > 0) row.action = 'error';
        continue;
      }
      if (number !== null && number !== next)
        row.errors.push(
          this.error(
            source,
            'entry',
            number < 1
              ? 'Entries are numbered from 1.'
              : `The ledger has ${next - 1} entries; the next new one is entry ${next}, not ${number}.`,
          ),
        );
      const assigned = next;
      next += 1;
      fileEntries.set(assigned, cells);
      const recordedAt =
        cells.recorded_at && cells.recorded_at <= now ? new Date(cells.recorded_at).toISOString() : now;
      if (cells.recorded_at && new Date(cells.recorded_at).toISOString() > now)
        row.errors.push(
          this.error(source, 'recorded_at', 'This moment is in the future; a ledger entry records what has happened.'),
        );
      if (cells.corrects_entry) {
        const target = Number(cells.corrects_entry);
        const corrected =
          target <= existing ? this.entryCells(state, state.entries[target - 1]) : fileEntries.get(target);
        if (
          !corrected ||
          target >= assigned ||
          corrected.lens !== cells.lens ||
          corrected.commitment_reference !== cells.commitment_reference ||
          (corrected.milestone_reference ?? null) !== (cells.milestone_reference ?? null)
        )
          row.errors.push(
            this.error(
              source,
              'corrects_entry',
              'corrects_entry must name an earlier entry of the same commitment or milestone and lens.',
            ),
          );
      }
      const evidenceRows = evidence.map((item) =>
        this.row('evidence', item, `entry ${assigned} evidence ${item.cells.position}`, [
          ...rowProblems('evidence', item),
          ...(evidenceDupes.get(item) ?? []),
        ]),
      );
      for (const item of evidenceRows)
        if (item.action !== 'error') item.action = row.errors.length > 0 ? 'error' : 'create';
      row.changes = Object.entries(cells)
        .filter(([, v]) => v !== null)
        .map(([field, after]) => ({ field, before: null, after }));
      if (row.errors.length > 0) {
        row.action = 'error';
        continue;
      }
      row.action = 'create';
      const party = cells.lens === Lens.PARTY_REPORTED;
      this.steps.push(async (manager) => {
        const milestoneId = subjectKey ? this.id(`milestone ${subjectKey}`) : null;
        const entry = await this.ledger.append(manager, {
          planId: this.id('plan'),
          commitmentId: this.id(`commitment ${cells.commitment_reference}`),
          milestoneId,
          lens: cells.lens as Lens,
          status: cells.status as EntryStatus,
          narrative: cells.narrative ?? '',
          reasonCode: (cells.reason_code as ReasonCode | null) ?? null,
          onBehalfOfParty: party && (this.creatingPlan ? cells.on_behalf_of_party === 'true' : true),
          correctsId: cells.corrects_entry ? this.id(`entry ${cells.corrects_entry}`) : null,
          createdAt: recordedAt,
          evidence: evidence.map((item) => ({
            url: item.cells.url!,
            title: item.cells.title!,
            kind: item.cells.kind as EvidenceKind,
            publishedOn: item.cells.published_on ?? undefined,
          })),
          actor: this.actor,
        });
        this.ids.set(`entry ${assigned}`, entry.id);
      });
    }
    const known = new Set(
      [...Array(existing).keys()].map((i) => String(i + 1)).concat([...fileEntries.keys()].map(String)),
    );
    for (const source of tables.evidence)
      if (
        !known.has(source.cells.update_entry ?? '') &&
        !tables.updates.some((u) => u.cells.entry === source.cells.update_entry)
      )
        this.row('evidence', source, `entry ${source.cells.update_entry} evidence ${source.cells.position}`, [
          this.error(
            source,
            'update_entry',
            `No ledger entry ${source.cells.update_entry} in the plan or in this file.`,
          ),
        ]);
  }

  /** An existing entry as a row of updates.csv, for comparison. */
  private entryCells(state: ImportState, entry: StatusUpdate): Row {
    const commitment = [...state.commitments.values()].find((c) => c.id === entry.commitmentId);
    const milestone = entry.milestoneId ? [...state.milestones.values()].find((m) => m.id === entry.milestoneId) : null;
    return {
      commitment_reference: commitment?.reference ?? null,
      milestone_reference: milestone?.reference ?? null,
      lens: entry.lens,
      status: entry.status,
      narrative: entry.narrative || null,
      reason_code: entry.reasonCode,
      on_behalf_of_party: String(entry.onBehalfOfParty),
      recorded_at: entry.createdAt,
    };
  }

  /** The first column in which a row differs from the entry it names, or null. */
  private entryMismatch(state: ImportState, entry: StatusUpdate, cells: Row, evidence: SourcedRow[]): string | null {
    const current = this.entryCells(state, entry);
    for (const [column, value] of Object.entries(current)) {
      if (!(column in cells)) continue;
      const given = cells[column] ?? null;
      const same =
        column === 'recorded_at' ? given !== null && Date.parse(given) === Date.parse(value ?? '') : given === value;
      if (!same) return column;
    }
    if (cells.corrects_entry) {
      const corrected = state.entries.findIndex((e) => e.id === entry.correctsId) + 1;
      if (String(corrected) !== cells.corrects_entry) return 'corrects_entry';
    }
    const stored = state.evidence.get(entry.id) ?? [];
    if (
      evidence.length > 0 &&
      (evidence.length !== stored.length ||
        evidence.some(
          (item, i) =>
            item.cells.url !== stored[i].url ||
            item.cells.title !== stored[i].title ||
            item.cells.kind !== stored[i].kind,
        ))
    )
      return 'entry';
    return null;
  }

  /** The edit history: copied when the import creates the plan, otherwise compared and never added to. */
  private buildRevisions(state: ImportState, planSlug: string): void {
    let ignored = 0;
    const org = state.organisation;
    for (const source of this.upload.tables.revisions) {
      const cells = source.cells;
      const row = this.row(
        'revisions',
        source,
        `${cells.subject_key} ${cells.field} v${cells.version}`,
        rowProblems('revisions', source),
      );
      if (row.errors.length > 0) {
        row.action = 'error';
        continue;
      }
      const subject = this.subjectOf(state, cells.subject_type as RevisionSubject, cells.subject_key!, planSlug);
      if (
        subject.id &&
        state.revisionKeys.has(revisionKey(cells.subject_type!, subject.id, cells.field!, cells.version!))
      )
        continue;
      const copy =
        this.creatingPlan &&
        (subject.created || (subject.type === RevisionSubject.ORGANISATION && subject.key === org.slug));
      if (!copy || !subject.lookup) {
        ignored += 1;
        continue;
      }
      row.action = 'create';
      row.changes = [{ field: cells.field!, before: cells.before, after: cells.after }];
      const lookup = subject.lookup;
      this.steps.push(async (manager) => {
        const ids = lookup();
        await manager.insert(Revision, {
          id: newId(),
          subjectType: cells.subject_type as RevisionSubject,
          subjectId: ids.subjectId,
          commitmentId: ids.commitmentId,
          reportId: ids.reportId,
          field: cells.field!,
          before: cells.before,
          after: cells.after,
          version: Number(cells.version),
          actorId: this.actor.user.id,
          createdAt: new Date(cells.recorded_at!).toISOString(),
        });
      });
    }
    if (ignored > 0)
      this.notes.push(
        `${ignored} row${ignored === 1 ? '' : 's'} of revisions.csv ${ignored === 1 ? 'is' : 'are'} not in this tracker's history and ${ignored === 1 ? 'was' : 'were'} left out: the history records edits made here, and the import's own edits add their revisions.`,
      );
  }

  /** What a revision's subject key names, and whether this import creates it. */
  private subjectOf(state: ImportState, type: RevisionSubject, key: string, planSlug: string) {
    type Ids = { subjectId: string; commitmentId: string | null; reportId: string | null };
    const none = { id: null as string | null, created: false, type, key, lookup: null as (() => Ids) | null };
    const existingOr = (idKey: string, existingId: string | undefined, ids: () => Omit<Ids, 'subjectId'>) => ({
      ...none,
      id: existingId ?? null,
      created: !existingId,
      lookup: () => ({ subjectId: this.id(idKey), ...ids() }),
    });
    const parts = key.split(' ');
    switch (type) {
      case RevisionSubject.ORGANISATION:
        return key === state.organisation.slug
          ? {
              ...none,
              id: state.organisation.id,
              lookup: () => ({ subjectId: state.organisation.id, commitmentId: null, reportId: null }),
            }
          : none;
      case RevisionSubject.PLAN:
        return key === planSlug
          ? existingOr(
              'plan',
              state.plan?.organisationId === state.organisation.id ? state.plan.id : undefined,
              () => ({ commitmentId: null, reportId: null }),
            )
          : none;
      case RevisionSubject.REPORT:
        return existingOr(`report ${key}`, state.reports.get(key)?.id, () => ({ commitmentId: null, reportId: null }));
      case RevisionSubject.COMMITMENT:
        return existingOr(`commitment ${key}`, state.commitments.get(key)?.id, () => ({
          commitmentId: this.id(`commitment ${key}`),
          reportId: null,
        }));
      case RevisionSubject.MILESTONE:
        return existingOr(`milestone ${key}`, state.milestones.get(key)?.id, () => ({
          commitmentId: this.id(`commitment ${parts[0]}`),
          reportId: null,
        }));
      case RevisionSubject.RECOMMENDATION:
        return existingOr(`recommendation ${key}`, state.recommendations.get(key)?.id, () => ({
          commitmentId: null,
          reportId: null,
        }));
      case RevisionSubject.FINDING:
        return existingOr(`finding ${key}`, state.findings.get(key)?.id, () => ({
          commitmentId: null,
          reportId: this.id(`report ${parts[0]}`),
        }));
      // Roundtables are not open data: no import file names their revisions.
      case RevisionSubject.ROUNDTABLE:
      case RevisionSubject.ASK:
        return none;
      default:
        return none;
    }
  }
}
