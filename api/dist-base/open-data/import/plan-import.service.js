"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PlanImportService = void 0;
const common_1 = require("@nestjs/common");
const rules_1 = require("@tracker/rules");
const audit_service_1 = require("../../audit/audit.service");
const access_policy_1 = require("../../auth/access-policy");
const commitment_recommendation_entity_1 = require("../../commitments/commitment-recommendation.entity");
const commitment_entity_1 = require("../../commitments/commitment.entity");
const domain_error_1 = require("../../common/domain-error");
const ids_1 = require("../../common/ids");
const transactions_1 = require("../../common/transactions");
const ledger_writer_service_1 = require("../../ledger/ledger-writer.service");
const milestone_entity_1 = require("../../milestones/milestone.entity");
const organisation_entity_1 = require("../../organisations/organisation.entity");
const action_plan_entity_1 = require("../../plans/action-plan.entity");
const plan_report_entity_1 = require("../../plans/plan-report.entity");
const finding_entity_1 = require("../../reports/finding.entity");
const recommendation_entity_1 = require("../../reports/recommendation.entity");
const report_entity_1 = require("../../reports/report.entity");
const edits_service_1 = require("../../revisions/edits.service");
const revision_entity_1 = require("../../revisions/revision.entity");
const check_rows_1 = require("./check-rows");
const import_preview_1 = require("./import-preview");
const import_state_1 = require("./import-state");
const REPORT_FIELDS = [
    ['title', 'title'],
    ['published_on', 'publishedOn', 'nullable'],
    ['summary', 'summary'],
    ['url', 'url', 'nullable'],
    ['illustrative', 'isIllustrative', 'boolean'],
];
const FINDING_FIELDS = [
    ['label', 'label'],
    ['value', 'value', 'number'],
    ['unit', 'unit'],
];
const RECOMMENDATION_FIELDS = [
    ['position', 'position', 'number'],
    ['title', 'title'],
    ['body', 'body'],
    ['theme', 'theme', 'nullable'],
    ['response', 'response'],
    ['illustrative', 'isIllustrative', 'boolean'],
];
const PLAN_FIELDS = [
    ['title', 'title'],
    ['counterpart', 'counterpart'],
    ['agreed_on', 'agreedOn', 'nullable'],
    ['description', 'description'],
];
const COMMITMENT_FIELDS = [
    ['position', 'position', 'number'],
    ['title', 'title'],
    ['description', 'description'],
    ['owner', 'owner', 'nullable'],
    ['success_criteria', 'successCriteria', 'nullable'],
    ['due_date', 'dueDate', 'nullable'],
    ['theme', 'theme', 'nullable'],
    ['illustrative', 'isIllustrative', 'boolean'],
];
const MILESTONE_FIELDS = [
    ['position', 'position', 'number'],
    ['title', 'title'],
    ['description', 'description'],
    ['due_date', 'dueDate', 'nullable'],
];
/** A property's value as the cell would show it: null for empty. */
const cellText = (value) => value === null || value === undefined || value === ''
    ? null
    : typeof value === 'number'
        ? String(value)
        : String(value);
/** The value a cell gives a property; a cell left empty in a column the file lacks is undefined (left as it is). */
function valueOf(cells, [column, , kind = 'text']) {
    if (!(column in cells))
        return undefined;
    const cell = cells[column];
    if (kind === 'number')
        return cell === null ? undefined : Number(cell);
    if (kind === 'boolean')
        return cell === null ? undefined : cell === 'true';
    if (kind === 'nullable')
        return cell;
    return cell ?? '';
}
function diff(mappings, cells, current) {
    const changes = [];
    const values = {};
    for (const mapping of mappings) {
        const value = valueOf(cells, mapping);
        if (value === undefined)
            continue;
        const before = cellText(current[mapping[1]]);
        const after = cellText(value);
        if (before === after)
            continue;
        changes.push({ field: mapping[0], before, after });
        values[mapping[1]] = value;
    }
    return { changes, values };
}
/** A new record's values: a column the file leaves out or empty gets the console's default (no text, false, none). */
function fresh(mappings, cells) {
    return Object.fromEntries(mappings.map((mapping) => {
        const kind = mapping[2] ?? 'text';
        return [mapping[1], valueOf(cells, mapping) ?? (kind === 'boolean' ? false : kind === 'text' ? '' : null)];
    }));
}
const noCommitment = (reference) => `No commitment "${reference}" in the plan or in this file.`;
/**
 * Imports one plan from an export's files (docs/open-data.md): checks every row, compares it
 * with the database and, unless it is a dry run or any row has a problem, applies it all in one
 * transaction through the same writers as the console (EditsService for edits and creations,
 * the LedgerWriter for new entries), with the importing executive as actor.
 */
let PlanImportService = class PlanImportService {
    transactions;
    edits;
    ledger;
    audit;
    access;
    constructor(transactions, edits, ledger, audit, access) {
        this.transactions = transactions;
        this.edits = edits;
        this.ledger = ledger;
        this.audit = audit;
        this.access = access;
    }
    async run(upload, options) {
        const apply = new Rollback();
        try {
            return await this.transactions.run(async (manager) => {
                const preview = await this.plan(manager, upload, options);
                if (options.dryRun || !preview.ok) {
                    apply.preview = preview.preview;
                    throw apply;
                }
                for (const step of preview.steps)
                    await step(manager);
                const { counts } = preview.preview;
                if (counts.create + counts.update > 0)
                    await this.audit.record(manager, {
                        actorId: options.actor.user.id,
                        action: 'plan.import',
                        subjectType: revision_entity_1.RevisionSubject.PLAN,
                        subjectId: preview.planId() ?? undefined,
                        detail: { create: counts.create, update: counts.update, unchanged: counts.unchanged },
                        ip: options.actor.ip,
                    });
                return { ...preview.preview, applied: true };
            });
        }
        catch (error) {
            if (error === apply)
                return apply.preview;
            throw error;
        }
    }
    async plan(manager, upload, options) {
        const organisation = await manager.findOneBy(organisation_entity_1.Organisation, { slug: options.organisationSlug });
        if (!organisation)
            throw new domain_error_1.DomainError(domain_error_1.ErrorCode.NOT_FOUND, `No organisation has the slug "${options.organisationSlug}".`);
        this.access.assertExecutiveOf(options.actor.user, organisation.id);
        const planRows = upload.tables.plan;
        const planSlug = planRows[0]?.cells.slug ?? options.planSlug ?? null;
        const planner = new Planner(this.edits, this.ledger, this.audit, options.actor, upload);
        if (!planSlug) {
            planner.fileProblem('The file names no plan: import the whole export (its zip or .json), or choose the plan the file is about.');
            return planner.finish({ slug: '', exists: false });
        }
        const state = await (0, import_state_1.readState)(manager, organisation, planSlug);
        planner.build(state, planSlug);
        return planner.finish({ slug: planSlug, exists: state.plan?.organisationId === organisation.id });
    }
};
exports.PlanImportService = PlanImportService;
exports.PlanImportService = PlanImportService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [transactions_1.Transactions,
        edits_service_1.EditsService,
        ledger_writer_service_1.LedgerWriter,
        audit_service_1.AuditService,
        access_policy_1.AccessPolicy])
], PlanImportService);
/** Thrown to roll back the transaction of a dry run or a refused import, carrying its preview. */
class Rollback extends Error {
    preview = null;
}
/** Works out, row by row, what an import would do, and the steps that do it. */
class Planner {
    edits;
    ledger;
    audit;
    actor;
    upload;
    rows = [];
    problems = [];
    notes = [];
    steps = [];
    /** Ids of records the steps create or find, by key, filled in as the steps run. */
    ids = new Map();
    planId = null;
    creatingPlan = false;
    constructor(edits, ledger, audit, actor, upload) {
        this.edits = edits;
        this.ledger = ledger;
        this.audit = audit;
        this.actor = actor;
        this.upload = upload;
        this.problems.push(...upload.problems);
    }
    fileProblem(message) {
        this.problems.push({ file: this.upload.tables.plan[0]?.file ?? '', row: null, column: null, message });
    }
    finish(plan) {
        const counts = (0, import_preview_1.countActions)(this.rows);
        const ok = this.problems.length === 0 && counts.error === 0;
        const preview = {
            plan,
            applied: false,
            counts,
            errors: this.problems,
            notes: this.notes,
            rows: this.rows,
        };
        return { ok, preview, steps: this.steps, planId: () => this.planId };
    }
    row(table, source, key, errors) {
        const row = {
            file: source.file,
            row: source.row,
            key,
            action: 'unchanged',
            changes: [],
            errors,
        };
        if (errors.length > 0)
            row.action = 'error';
        this.rows.push(row);
        void table;
        return row;
    }
    error(source, column, message) {
        return { file: source.file, row: source.row, column, message };
    }
    /** Rows whose key appears twice are errors, each naming the other's row. */
    duplicates(table, keyOf) {
        const seen = new Map();
        const problems = new Map();
        for (const source of this.upload.tables[table]) {
            const key = keyOf(source.cells);
            if (key === null)
                continue;
            const first = seen.get(key);
            if (first)
                problems.set(source, [
                    this.error(source, null, `"${key}" is already on row ${first.row} of ${first.file}; each appears once.`),
                ]);
            else
                seen.set(key, source);
        }
        return problems;
    }
    /** Row problems (types, rules, duplicates) plus `extra` ones. */
    checked(table, source, dupes, evidence = 0) {
        return [...(0, check_rows_1.rowProblems)(table, source, evidence), ...(dupes.get(source) ?? [])];
    }
    /** An edit of an existing record: conflict when the file's version is not the record's. */
    update(row, source, entity, subject, current, change, links = {}) {
        if (change.changes.length === 0)
            return;
        const version = source.cells.version;
        if (version === null || version === undefined) {
            row.errors.push(this.error(source, 'version', 'This row changes a record, so it needs the version it was exported at; export again and redo your edits.'));
        }
        else if (Number(version) !== current.version) {
            row.errors.push(this.error(source, 'version', `Changed in the tracker since this file was exported (version ${version} → ${current.version}); export again and redo your edits.`));
        }
        row.changes = change.changes;
        if (row.errors.length > 0) {
            row.action = 'error';
            return;
        }
        row.action = 'update';
        this.steps.push(async (manager) => {
            const fresh = await manager.findOneByOrFail(entity, { id: current.id });
            await this.edits.apply(manager, {
                entity,
                subject,
                row: fresh,
                version: current.version,
                changes: change.values,
                actor: this.actor,
                commitmentId: links.commitmentId ?? null,
                reportId: links.reportId ?? null,
            });
        });
    }
    create(row, cells, entity, subject, key, build, after) {
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
            if (after)
                await after(manager, record);
        });
    }
    /** Each row of an edited table: checked, then an update of the record with its key or a new record. */
    editedRows(spec) {
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
            this.create(row, cells, spec.entity, spec.subject, `${spec.idPrefix} ${key}`, () => Object.assign(new spec.entity(), {
                ...this.stamp(cells),
                ...fresh(spec.fields, cells),
                ...spec.extra(cells, key, index),
            }));
        });
    }
    /** The version a created record starts at: its row's when the import restores a plan with its history. */
    startVersion(cells) {
        return this.creatingPlan && cells.version ? Number(cells.version) : 1;
    }
    stamp(cells) {
        const now = (0, ids_1.nowIso)();
        return { id: (0, ids_1.newId)(), version: this.startVersion(cells), createdAt: now, updatedAt: now };
    }
    id(key) {
        const id = this.ids.get(key);
        if (!id)
            throw new Error(`The import lost track of ${key}.`);
        return id;
    }
    build(state, planSlug) {
        const org = state.organisation;
        const tables = this.upload.tables;
        const ownPlan = state.plan && state.plan.organisationId === org.id ? state.plan : null;
        this.creatingPlan = ownPlan === null;
        if (ownPlan)
            this.ids.set(`plan`, ownPlan.id);
        for (const [slug, report] of state.reports)
            this.ids.set(`report ${slug}`, report.id);
        for (const [key, rec] of state.recommendations)
            this.ids.set(`recommendation ${key}`, rec.id);
        for (const [key, c] of state.commitments)
            this.ids.set(`commitment ${key}`, c.id);
        for (const [key, m] of state.milestones)
            this.ids.set(`milestone ${key}`, m.id);
        state.entries.forEach((entry, index) => this.ids.set(`entry ${index + 1}`, entry.id));
        if (state.plan && state.plan.organisationId !== org.id && tables.plan.length === 0)
            this.fileProblem(`The plan "${planSlug}" belongs to another organisation.`);
        if (!ownPlan && tables.plan.length === 0 && !(state.plan && state.plan.organisationId !== org.id))
            this.fileProblem(`There is no plan "${planSlug}" in ${org.slug}; to create it, import the whole export with its plan.csv.`);
        // Reports: the file's and the organisation's.
        const fileReports = new Set(tables.reports.map((r) => r.cells.slug).filter((s) => !!s));
        const reportExists = (slug) => !!slug && (fileReports.has(slug) || state.reports.has(slug));
        const noReport = (slug) => `No report "${slug}" in ${org.slug} or in this file.`;
        // plan
        let planReportSlugs = [];
        /** Links from the plan to the reports it answers, written once the file's reports exist. */
        const reportLinks = [];
        tables.plan.forEach((source, index) => {
            const errors = (0, check_rows_1.rowProblems)('plan', source);
            const row = this.row('plan', source, source.cells.slug ?? 'plan', errors);
            if (index > 0)
                row.errors.push(this.error(source, null, 'plan.csv holds one row: the plan.'));
            const cells = source.cells;
            if (cells.slug !== planSlug)
                row.errors.push(this.error(source, 'slug', `The plan's slug is "${planSlug}".`));
            if (cells.organisation_slug && cells.organisation_slug !== org.slug)
                row.errors.push(this.error(source, 'organisation_slug', `You are importing into ${org.slug}; this plan says it belongs to ${cells.organisation_slug}. Change organisation_slug to ${org.slug} to import it here.`));
            if (state.plan && state.plan.organisationId !== org.id)
                row.errors.push(this.error(source, 'slug', `The slug "${planSlug}" is taken by another organisation's plan; choose another.`));
            if (!state.plan && (state.reports.has(planSlug) || org.slug === planSlug || fileReports.has(planSlug)))
                row.errors.push(this.error(source, 'slug', `The slug "${planSlug}" is already used by an organisation or report; choose another.`));
            planReportSlugs = (cells.report_slugs ?? '').split(/\s+/).filter(Boolean);
            for (const slug of planReportSlugs)
                if (!reportExists(slug))
                    row.errors.push(this.error(source, 'report_slugs', noReport(slug)));
            if (row.errors.length > 0) {
                row.action = 'error';
                return;
            }
            const addLinks = async (manager, planId) => {
                const missing = planReportSlugs
                    .map((slug) => this.id(`report ${slug}`))
                    .filter((id) => !state.planReportIds.has(id));
                if (missing.length > 0)
                    await manager.insert(plan_report_entity_1.PlanReport, missing.map((reportId) => ({ planId, reportId })));
            };
            const newLinks = planReportSlugs.filter((slug) => !state.reports.has(slug) || !state.planReportIds.has(state.reports.get(slug).id));
            if (!ownPlan) {
                this.create(row, cells, action_plan_entity_1.ActionPlan, revision_entity_1.RevisionSubject.PLAN, 'plan', () => Object.assign(new action_plan_entity_1.ActionPlan(), {
                    ...this.stamp(cells),
                    organisationId: org.id,
                    slug: planSlug,
                    ...fresh(PLAN_FIELDS, cells),
                    isIllustrative: false,
                    publishedAt: null,
                    unpublishedReason: null,
                }), async (_manager, created) => {
                    this.planId = created.id;
                });
                if (row.action === 'create')
                    reportLinks.push((manager) => addLinks(manager, this.id('plan')));
                return;
            }
            this.planId = ownPlan.id;
            const change = diff(PLAN_FIELDS, cells, ownPlan);
            if (newLinks.length > 0)
                change.changes.push({ field: 'report_slugs', before: null, after: newLinks.join(' ') });
            this.update(row, source, action_plan_entity_1.ActionPlan, revision_entity_1.RevisionSubject.PLAN, ownPlan, {
                changes: change.changes.filter((c) => c.field !== 'report_slugs'),
                values: change.values,
            });
            if (newLinks.length > 0) {
                row.changes = change.changes;
                if (row.action === 'unchanged')
                    row.action = 'update';
                reportLinks.push((manager) => addLinks(manager, ownPlan.id));
            }
            const dropped = [...state.planReportIds].filter((id) => ![...state.reports.values()].some((r) => r.id === id && planReportSlugs.includes(r.slug)));
            if (dropped.length > 0)
                this.notes.push('A report the plan answers is missing from report_slugs; the import never removes a link, so it stays.');
        });
        if (ownPlan)
            this.planId = ownPlan.id;
        // reports, findings, recommendations, commitments
        const fromReport = { column: 'report_slug', exists: reportExists, missing: noReport };
        this.editedRows({
            table: 'reports',
            key: (cells) => cells.slug ?? '',
            idPrefix: 'report',
            entity: report_entity_1.Report,
            subject: revision_entity_1.RevisionSubject.REPORT,
            fields: REPORT_FIELDS,
            current: state.reports,
            newRowProblems: (source, slug) => slug && (slug === planSlug || slug === org.slug)
                ? [
                    this.error(source, 'slug', `The slug "${slug}" is already used by an organisation or plan; choose another.`),
                ]
                : [],
            extra: (_cells, slug) => ({ organisationId: org.id, slug }),
        });
        this.steps.push(...reportLinks);
        this.editedRows({
            table: 'findings',
            key: (cells) => (0, import_state_1.findingKey)(cells.report_slug ?? '', cells.position ?? ''),
            idPrefix: 'finding',
            entity: finding_entity_1.Finding,
            subject: revision_entity_1.RevisionSubject.FINDING,
            fields: FINDING_FIELDS,
            current: state.findings,
            parent: fromReport,
            links: (current) => ({ reportId: current.reportId }),
            extra: (cells) => ({ reportId: this.id(`report ${cells.report_slug}`), position: Number(cells.position) }),
        });
        const recommendationOf = (cells) => (0, import_state_1.recommendationKey)(cells.report_slug ?? '', cells.reference ?? '');
        const fileRecommendations = new Set(tables.recommendations.map((r) => recommendationOf(r.cells)));
        this.editedRows({
            table: 'recommendations',
            key: recommendationOf,
            idPrefix: 'recommendation',
            entity: recommendation_entity_1.Recommendation,
            subject: revision_entity_1.RevisionSubject.RECOMMENDATION,
            fields: RECOMMENDATION_FIELDS,
            current: state.recommendations,
            parent: fromReport,
            extra: (cells, _key, index) => ({
                reportId: this.id(`report ${cells.report_slug}`),
                reference: cells.reference,
                response: cells.response ?? recommendation_entity_1.RecommendationResponse.NO_RESPONSE,
                position: cells.position
                    ? Number(cells.position)
                    : tables.recommendations.slice(0, index + 1).filter((r) => r.cells.report_slug === cells.report_slug).length,
            }),
        });
        const recommendationExists = (key) => fileRecommendations.has(key) || state.recommendations.has(key);
        const fileCommitments = new Set(tables.commitments.map((r) => r.cells.reference).filter((s) => !!s));
        const commitmentExists = (ref) => !!ref && (fileCommitments.has(ref) || state.commitments.has(ref));
        this.editedRows({
            table: 'commitments',
            key: (cells) => cells.reference ?? '',
            idPrefix: 'commitment',
            entity: commitment_entity_1.Commitment,
            subject: revision_entity_1.RevisionSubject.COMMITMENT,
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
        const linkDupes = this.duplicates('commitment_recommendations', (c) => (0, import_state_1.linkKey)(c.commitment_reference ?? '', c.report_slug ?? '', c.recommendation_reference ?? ''));
        for (const source of tables.commitment_recommendations) {
            const cells = source.cells;
            const key = (0, import_state_1.linkKey)(cells.commitment_reference ?? '', cells.report_slug ?? '', cells.recommendation_reference ?? '');
            const row = this.row('commitment_recommendations', source, key, this.checked('commitment_recommendations', source, linkDupes));
            if (row.errors.length > 0) {
                row.action = 'error';
                continue;
            }
            const recKey = (0, import_state_1.recommendationKey)(cells.report_slug, cells.recommendation_reference);
            if (!commitmentExists(cells.commitment_reference))
                row.errors.push(this.error(source, 'commitment_reference', noCommitment(cells.commitment_reference)));
            if (!recommendationExists(recKey))
                row.errors.push(this.error(source, 'recommendation_reference', `The report "${cells.report_slug}" has no recommendation "${cells.recommendation_reference}", in the tracker or in this file.`));
            else if (!answered.has(cells.report_slug))
                row.errors.push(this.error(source, 'report_slug', `The plan does not answer the report "${cells.report_slug}"; add it to the plan's report_slugs first.`));
            if (row.errors.length > 0) {
                row.action = 'error';
                continue;
            }
            if (state.links.has(key))
                continue;
            row.action = 'create';
            row.changes = [{ field: 'link', before: null, after: key }];
            this.steps.push(async (manager) => {
                const link = {
                    commitmentId: this.id(`commitment ${cells.commitment_reference}`),
                    recommendationId: this.id(`recommendation ${recKey}`),
                };
                await manager.insert(commitment_recommendation_entity_1.CommitmentRecommendation, link);
                await this.audit.record(manager, {
                    actorId: this.actor.user.id,
                    action: 'commitment.link',
                    subjectType: revision_entity_1.RevisionSubject.COMMITMENT,
                    subjectId: link.commitmentId,
                    detail: { recommendationId: link.recommendationId, reference: cells.recommendation_reference },
                    ip: this.actor.ip,
                });
            });
        }
        // milestones
        const fileMilestones = new Set(tables.milestones.map((r) => (0, import_state_1.milestoneKey)(r.cells.commitment_reference ?? '', r.cells.reference ?? '')));
        const milestoneOf = (cells) => (0, import_state_1.milestoneKey)(cells.commitment_reference ?? '', cells.reference ?? '');
        this.editedRows({
            table: 'milestones',
            key: milestoneOf,
            idPrefix: 'milestone',
            entity: milestone_entity_1.Milestone,
            subject: revision_entity_1.RevisionSubject.MILESTONE,
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
                    reference: cells.reference,
                    position: cells.position ? Number(cells.position) : kept + before.length + 1,
                };
            },
        });
        const milestoneExists = (key) => fileMilestones.has(key) || state.milestones.has(key);
        this.buildLedger(state, commitmentExists, milestoneExists);
        this.buildRevisions(state, planSlug);
    }
    buildLedger(state, commitmentExists, milestoneExists) {
        const tables = this.upload.tables;
        const existing = state.entries.length;
        const evidenceOf = new Map();
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
        const now = (0, ids_1.nowIso)();
        const fileEntries = new Map();
        for (const source of [...numbered, ...unnumbered]) {
            const cells = source.cells;
            const evidence = (evidenceOf.get(cells.entry ?? '\u0000') ?? []).sort((a, b) => Number(a.cells.position) - Number(b.cells.position));
            const row = this.row('updates', source, cells.entry ? `entry ${cells.entry}` : 'new entry', this.checked('updates', source, updateDupes, evidence.length));
            const subjectKey = cells.milestone_reference
                ? (0, import_state_1.milestoneKey)(cells.commitment_reference ?? '', cells.milestone_reference)
                : null;
            if (cells.commitment_reference && !commitmentExists(cells.commitment_reference))
                row.errors.push(this.error(source, 'commitment_reference', noCommitment(cells.commitment_reference)));
            else if (subjectKey && !milestoneExists(subjectKey))
                row.errors.push(this.error(source, 'milestone_reference', `No milestone "${subjectKey}" in the plan or in this file.`));
            const number = cells.entry ? Number(cells.entry) : null;
            if (number !== null && number <= existing && number >= 1) {
                const entry = state.entries[number - 1];
                const mismatch = this.entryMismatch(state, entry, cells, evidence);
                if (mismatch)
                    row.errors.push(this.error(source, mismatch, `Entry ${number} is already in the ledger and entries are never changed; to say something new, add a row without an entry number.`));
                for (const item of evidence)
                    this.row('evidence', item, `entry ${number} evidence ${item.cells.position}`, [
                        ...(0, check_rows_1.rowProblems)('evidence', item),
                        ...(evidenceDupes.get(item) ?? []),
                    ]);
                if (row.errors.length > 0)
                    row.action = 'error';
                continue;
            }
            if (number !== null && number !== next)
                row.errors.push(this.error(source, 'entry', number < 1
                    ? 'Entries are numbered from 1.'
                    : `The ledger has ${next - 1} entries; the next new one is entry ${next}, not ${number}.`));
            const assigned = next;
            next += 1;
            fileEntries.set(assigned, cells);
            const recordedAt = cells.recorded_at && cells.recorded_at <= now ? new Date(cells.recorded_at).toISOString() : now;
            if (cells.recorded_at && new Date(cells.recorded_at).toISOString() > now)
                row.errors.push(this.error(source, 'recorded_at', 'This moment is in the future; a ledger entry records what has happened.'));
            if (cells.corrects_entry) {
                const target = Number(cells.corrects_entry);
                const corrected = target <= existing ? this.entryCells(state, state.entries[target - 1]) : fileEntries.get(target);
                if (!corrected ||
                    target >= assigned ||
                    corrected.lens !== cells.lens ||
                    corrected.commitment_reference !== cells.commitment_reference ||
                    (corrected.milestone_reference ?? null) !== (cells.milestone_reference ?? null))
                    row.errors.push(this.error(source, 'corrects_entry', 'corrects_entry must name an earlier entry of the same commitment or milestone and lens.'));
            }
            const evidenceRows = evidence.map((item) => this.row('evidence', item, `entry ${assigned} evidence ${item.cells.position}`, [
                ...(0, check_rows_1.rowProblems)('evidence', item),
                ...(evidenceDupes.get(item) ?? []),
            ]));
            for (const item of evidenceRows)
                if (item.action !== 'error')
                    item.action = row.errors.length > 0 ? 'error' : 'create';
            row.changes = Object.entries(cells)
                .filter(([, v]) => v !== null)
                .map(([field, after]) => ({ field, before: null, after }));
            if (row.errors.length > 0) {
                row.action = 'error';
                continue;
            }
            row.action = 'create';
            const party = cells.lens === rules_1.Lens.PARTY_REPORTED;
            this.steps.push(async (manager) => {
                const milestoneId = subjectKey ? this.id(`milestone ${subjectKey}`) : null;
                const entry = await this.ledger.append(manager, {
                    planId: this.id('plan'),
                    commitmentId: this.id(`commitment ${cells.commitment_reference}`),
                    milestoneId,
                    lens: cells.lens,
                    status: cells.status,
                    narrative: cells.narrative ?? '',
                    reasonCode: cells.reason_code ?? null,
                    onBehalfOfParty: party && (this.creatingPlan ? cells.on_behalf_of_party === 'true' : true),
                    correctsId: cells.corrects_entry ? this.id(`entry ${cells.corrects_entry}`) : null,
                    createdAt: recordedAt,
                    evidence: evidence.map((item) => ({
                        url: item.cells.url,
                        title: item.cells.title,
                        kind: item.cells.kind,
                        publishedOn: item.cells.published_on ?? undefined,
                    })),
                    actor: this.actor,
                });
                this.ids.set(`entry ${assigned}`, entry.id);
            });
        }
        const known = new Set([...Array(existing).keys()].map((i) => String(i + 1)).concat([...fileEntries.keys()].map(String)));
        for (const source of tables.evidence)
            if (!known.has(source.cells.update_entry ?? '') &&
                !tables.updates.some((u) => u.cells.entry === source.cells.update_entry))
                this.row('evidence', source, `entry ${source.cells.update_entry} evidence ${source.cells.position}`, [
                    this.error(source, 'update_entry', `No ledger entry ${source.cells.update_entry} in the plan or in this file.`),
                ]);
    }
    /** An existing entry as a row of updates.csv, for comparison. */
    entryCells(state, entry) {
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
    entryMismatch(state, entry, cells, evidence) {
        const current = this.entryCells(state, entry);
        for (const [column, value] of Object.entries(current)) {
            if (!(column in cells))
                continue;
            const given = cells[column] ?? null;
            const same = column === 'recorded_at' ? given !== null && Date.parse(given) === Date.parse(value ?? '') : given === value;
            if (!same)
                return column;
        }
        if (cells.corrects_entry) {
            const corrected = state.entries.findIndex((e) => e.id === entry.correctsId) + 1;
            if (String(corrected) !== cells.corrects_entry)
                return 'corrects_entry';
        }
        const stored = state.evidence.get(entry.id) ?? [];
        if (evidence.length > 0 &&
            (evidence.length !== stored.length ||
                evidence.some((item, i) => item.cells.url !== stored[i].url ||
                    item.cells.title !== stored[i].title ||
                    item.cells.kind !== stored[i].kind)))
            return 'entry';
        return null;
    }
    /** The edit history: copied when the import creates the plan, otherwise compared and never added to. */
    buildRevisions(state, planSlug) {
        let ignored = 0;
        const org = state.organisation;
        for (const source of this.upload.tables.revisions) {
            const cells = source.cells;
            const row = this.row('revisions', source, `${cells.subject_key} ${cells.field} v${cells.version}`, (0, check_rows_1.rowProblems)('revisions', source));
            if (row.errors.length > 0) {
                row.action = 'error';
                continue;
            }
            const subject = this.subjectOf(state, cells.subject_type, cells.subject_key, planSlug);
            if (subject.id &&
                state.revisionKeys.has((0, import_state_1.revisionKey)(cells.subject_type, subject.id, cells.field, cells.version)))
                continue;
            const copy = this.creatingPlan &&
                (subject.created || (subject.type === revision_entity_1.RevisionSubject.ORGANISATION && subject.key === org.slug));
            if (!copy || !subject.lookup) {
                ignored += 1;
                continue;
            }
            row.action = 'create';
            row.changes = [{ field: cells.field, before: cells.before, after: cells.after }];
            const lookup = subject.lookup;
            this.steps.push(async (manager) => {
                const ids = lookup();
                await manager.insert(revision_entity_1.Revision, {
                    id: (0, ids_1.newId)(),
                    subjectType: cells.subject_type,
                    subjectId: ids.subjectId,
                    commitmentId: ids.commitmentId,
                    reportId: ids.reportId,
                    field: cells.field,
                    before: cells.before,
                    after: cells.after,
                    version: Number(cells.version),
                    actorId: this.actor.user.id,
                    createdAt: new Date(cells.recorded_at).toISOString(),
                });
            });
        }
        if (ignored > 0)
            this.notes.push(`${ignored} row${ignored === 1 ? '' : 's'} of revisions.csv ${ignored === 1 ? 'is' : 'are'} not in this tracker's history and ${ignored === 1 ? 'was' : 'were'} left out: the history records edits made here, and the import's own edits add their revisions.`);
    }
    /** What a revision's subject key names, and whether this import creates it. */
    subjectOf(state, type, key, planSlug) {
        const none = { id: null, created: false, type, key, lookup: null };
        const existingOr = (idKey, existingId, ids) => ({
            ...none,
            id: existingId ?? null,
            created: !existingId,
            lookup: () => ({ subjectId: this.id(idKey), ...ids() }),
        });
        const parts = key.split(' ');
        switch (type) {
            case revision_entity_1.RevisionSubject.ORGANISATION:
                return key === state.organisation.slug
                    ? {
                        ...none,
                        id: state.organisation.id,
                        lookup: () => ({ subjectId: state.organisation.id, commitmentId: null, reportId: null }),
                    }
                    : none;
            case revision_entity_1.RevisionSubject.PLAN:
                return key === planSlug
                    ? existingOr('plan', state.plan?.organisationId === state.organisation.id ? state.plan.id : undefined, () => ({ commitmentId: null, reportId: null }))
                    : none;
            case revision_entity_1.RevisionSubject.REPORT:
                return existingOr(`report ${key}`, state.reports.get(key)?.id, () => ({ commitmentId: null, reportId: null }));
            case revision_entity_1.RevisionSubject.COMMITMENT:
                return existingOr(`commitment ${key}`, state.commitments.get(key)?.id, () => ({
                    commitmentId: this.id(`commitment ${key}`),
                    reportId: null,
                }));
            case revision_entity_1.RevisionSubject.MILESTONE:
                return existingOr(`milestone ${key}`, state.milestones.get(key)?.id, () => ({
                    commitmentId: this.id(`commitment ${parts[0]}`),
                    reportId: null,
                }));
            case revision_entity_1.RevisionSubject.RECOMMENDATION:
                return existingOr(`recommendation ${key}`, state.recommendations.get(key)?.id, () => ({
                    commitmentId: null,
                    reportId: null,
                }));
            case revision_entity_1.RevisionSubject.FINDING:
                return existingOr(`finding ${key}`, state.findings.get(key)?.id, () => ({
                    commitmentId: null,
                    reportId: this.id(`report ${parts[0]}`),
                }));
            default:
                return none;
        }
    }
}
//# sourceMappingURL=plan-import.service.js.map