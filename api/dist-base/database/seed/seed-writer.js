"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SeedWriter = void 0;
const rules_1 = require("@tracker/rules");
const user_entity_1 = require("../../auth/user.entity");
const liaison_plan_entity_1 = require("../../auth/liaison-plan.entity");
const comment_entity_1 = require("../../comments/comment.entity");
const commitment_recommendation_entity_1 = require("../../commitments/commitment-recommendation.entity");
const commitment_entity_1 = require("../../commitments/commitment.entity");
const ids_1 = require("../../common/ids");
const transactions_1 = require("../../common/transactions");
const evidence_entity_1 = require("../../ledger/evidence.entity");
const status_update_entity_1 = require("../../ledger/status-update.entity");
const milestone_entity_1 = require("../../milestones/milestone.entity");
const licences_1 = require("../../organisations/licences");
const organisation_entity_1 = require("../../organisations/organisation.entity");
const action_plan_entity_1 = require("../../plans/action-plan.entity");
const plan_report_entity_1 = require("../../plans/plan-report.entity");
const finding_entity_1 = require("../../reports/finding.entity");
const recommendation_entity_1 = require("../../reports/recommendation.entity");
const report_entity_1 = require("../../reports/report.entity");
const revision_entity_1 = require("../../revisions/revision.entity");
/** Rows are inserted in this order so every foreign key points to a row already there. */
const TABLE_ORDER = [
    organisation_entity_1.Organisation,
    user_entity_1.User,
    report_entity_1.Report,
    finding_entity_1.Finding,
    recommendation_entity_1.Recommendation,
    action_plan_entity_1.ActionPlan,
    plan_report_entity_1.PlanReport,
    liaison_plan_entity_1.LiaisonPlan,
    commitment_entity_1.Commitment,
    commitment_recommendation_entity_1.CommitmentRecommendation,
    milestone_entity_1.Milestone,
    status_update_entity_1.StatusUpdate,
    evidence_entity_1.Evidence,
    revision_entity_1.Revision,
    comment_entity_1.Comment,
];
/** SQLite allows 32,766 bound parameters per statement; stay well below. */
const PARAMETERS_PER_INSERT = 30_000;
/**
 * Collects the rows of a seed in memory and writes them in one transaction with multi-row
 * inserts, so the demo and a synthetic plan of hundreds of thousands of rows use one path.
 */
class SeedWriter {
    createdAt;
    rows = new Map();
    sequence = 0;
    constructor(createdAt) {
        this.createdAt = createdAt;
    }
    add(target, row) {
        const list = this.rows.get(target) ?? [];
        list.push(row);
        this.rows.set(target, list);
        return row;
    }
    stamps(at = this.createdAt) {
        return { createdAt: at, updatedAt: at };
    }
    organisation(slug, name, description, website = null) {
        return this.add(organisation_entity_1.Organisation, {
            id: (0, ids_1.newId)(),
            slug,
            name,
            description,
            website,
            licence: licences_1.DEFAULT_LICENCE_ID,
            version: 1,
            ...this.stamps(),
        });
    }
    user(organisation, email, displayName, role) {
        return this.add(user_entity_1.User, {
            id: (0, ids_1.newId)(),
            organisationId: organisation?.id ?? null,
            email,
            displayName,
            role,
            passwordHash: null,
            disabledAt: null,
            version: 1,
            ...this.stamps(),
        });
    }
    liaisonFor(user, plan) {
        this.add(liaison_plan_entity_1.LiaisonPlan, { userId: user.id, planId: plan.id });
    }
    report(organisation, fields) {
        return this.add(report_entity_1.Report, { id: (0, ids_1.newId)(), organisationId: organisation.id, version: 1, ...fields, ...this.stamps() });
    }
    finding(report, position, label, value, unit) {
        return this.add(finding_entity_1.Finding, {
            id: (0, ids_1.newId)(),
            reportId: report.id,
            position,
            label,
            value,
            unit,
            version: 1,
            ...this.stamps(),
        });
    }
    recommendation(report, position, fields, isIllustrative) {
        return this.add(recommendation_entity_1.Recommendation, {
            id: (0, ids_1.newId)(),
            reportId: report.id,
            position,
            isIllustrative,
            version: 1,
            ...fields,
            ...this.stamps(),
        });
    }
    plan(organisation, fields, answers = []) {
        const stamps = this.stamps();
        // The seeds' plans are public: published as they are written.
        const plan = this.add(action_plan_entity_1.ActionPlan, {
            id: (0, ids_1.newId)(),
            organisationId: organisation.id,
            version: 1,
            ...fields,
            publishedAt: stamps.createdAt,
            unpublishedReason: null,
            ...stamps,
        });
        for (const report of answers)
            this.add(plan_report_entity_1.PlanReport, { planId: plan.id, reportId: report.id });
        return plan;
    }
    commitment(plan, position, fields, answers = []) {
        const commitment = this.add(commitment_entity_1.Commitment, {
            id: (0, ids_1.newId)(),
            planId: plan.id,
            position,
            isIllustrative: plan.isIllustrative,
            version: 1,
            ...fields,
            ...this.stamps(),
        });
        for (const recommendation of answers) {
            this.add(commitment_recommendation_entity_1.CommitmentRecommendation, { commitmentId: commitment.id, recommendationId: recommendation.id });
        }
        return commitment;
    }
    milestone(commitment, position, title, dueDate, description = '') {
        return this.add(milestone_entity_1.Milestone, {
            id: (0, ids_1.newId)(),
            commitmentId: commitment.id,
            planId: commitment.planId,
            reference: `M${position}`,
            position,
            title,
            description,
            dueDate,
            version: 1,
            ...this.stamps(),
        });
    }
    /** Appends a ledger entry with the next sequence number. */
    entry(input) {
        const entry = this.add(status_update_entity_1.StatusUpdate, Object.assign(new status_update_entity_1.StatusUpdate(), {
            id: (0, ids_1.newId)(),
            sequence: ++this.sequence,
            planId: input.plan.id,
            commitmentId: input.commitment.id,
            milestoneId: input.milestone?.id ?? null,
            lens: input.lens ?? rules_1.Lens.ASSESSMENT,
            status: input.status,
            narrative: input.narrative ?? '',
            reasonCode: input.reasonCode ?? null,
            authorId: input.author?.id ?? null,
            onBehalfOfParty: input.onBehalfOfParty ?? false,
            correctsId: input.corrects?.id ?? null,
            createdAt: input.at,
        }));
        (input.evidence ?? []).forEach((item, position) => this.add(evidence_entity_1.Evidence, {
            id: (0, ids_1.newId)(),
            statusUpdateId: entry.id,
            position,
            url: item.url,
            title: item.title,
            kind: item.kind,
            publishedOn: item.publishedOn ?? null,
        }));
        return entry;
    }
    /** Records an edit of one field, as the write path does. */
    revision(subject, field, before, after, version, actor, at) {
        return this.add(revision_entity_1.Revision, {
            id: (0, ids_1.newId)(),
            subjectType: subject.type,
            subjectId: subject.id,
            commitmentId: subject.commitmentId,
            reportId: null,
            field,
            before,
            after,
            version,
            actorId: actor?.id ?? null,
            createdAt: at,
        });
    }
    comment(commitment, author, body, at, options = {}) {
        return this.add(comment_entity_1.Comment, {
            id: (0, ids_1.newId)(),
            commitmentId: commitment.id,
            parentId: options.parent?.id ?? null,
            authorId: author.id,
            body,
            kind: options.kind ?? comment_entity_1.CommentKind.COMMENT,
            stance: options.stance ?? null,
            hiddenAt: options.hidden?.at ?? null,
            hiddenReason: options.hidden?.reason ?? null,
            hiddenById: options.hidden?.by.id ?? null,
            version: 1,
            createdAt: at,
        });
    }
    count(target) {
        return this.rows.get(target)?.length ?? 0;
    }
    /**
     * Writes everything in one transaction, continuing the installation's ledger sequence. With
     * `onlyIfEmpty`, writes nothing when the database already holds an organisation, checked
     * inside the transaction holding the write lock, so of several processes starting together on
     * an empty database one seeds; says whether it wrote.
     */
    async flush(dataSource, options = {}) {
        return dataSource.transaction(async (manager) => {
            await (0, transactions_1.holdWriteLock)(manager);
            if (options.onlyIfEmpty && (await manager.count(organisation_entity_1.Organisation)) > 0)
                return false;
            const [{ last }] = await manager.query('SELECT COALESCE(MAX(sequence), 0) AS last FROM status_update');
            for (const entry of (this.rows.get(status_update_entity_1.StatusUpdate) ?? []))
                entry.sequence += Number(last);
            for (const target of TABLE_ORDER)
                await insertAll(manager, target, this.rows.get(target) ?? []);
            return true;
        });
    }
}
exports.SeedWriter = SeedWriter;
async function insertAll(manager, target, rows) {
    if (rows.length === 0)
        return;
    const columns = manager.getRepository(target).metadata.columns.length;
    const chunk = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / columns));
    for (let i = 0; i < rows.length; i += chunk) {
        await manager
            .createQueryBuilder()
            .insert()
            .into(target)
            .values(rows.slice(i, i + chunk))
            .updateEntity(false)
            .execute();
    }
}
//# sourceMappingURL=seed-writer.js.map