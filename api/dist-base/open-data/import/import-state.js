"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.revisionKey = exports.linkKey = exports.milestoneKey = exports.recommendationKey = exports.findingKey = void 0;
exports.readState = readState;
const typeorm_1 = require("typeorm");
const commitment_recommendation_entity_1 = require("../../commitments/commitment-recommendation.entity");
const commitment_entity_1 = require("../../commitments/commitment.entity");
const evidence_entity_1 = require("../../ledger/evidence.entity");
const status_update_entity_1 = require("../../ledger/status-update.entity");
const milestone_entity_1 = require("../../milestones/milestone.entity");
const action_plan_entity_1 = require("../../plans/action-plan.entity");
const plan_report_entity_1 = require("../../plans/plan-report.entity");
const finding_entity_1 = require("../../reports/finding.entity");
const recommendation_entity_1 = require("../../reports/recommendation.entity");
const report_entity_1 = require("../../reports/report.entity");
const revision_entity_1 = require("../../revisions/revision.entity");
const findingKey = (reportSlug, position) => `${reportSlug} finding ${position}`;
exports.findingKey = findingKey;
const recommendationKey = (reportSlug, reference) => `${reportSlug} ${reference}`;
exports.recommendationKey = recommendationKey;
const milestoneKey = (commitment, reference) => `${commitment} ${reference}`;
exports.milestoneKey = milestoneKey;
const linkKey = (commitment, reportSlug, reference) => `${commitment} → ${reportSlug} ${reference}`;
exports.linkKey = linkKey;
const revisionKey = (subjectType, subjectId, field, version) => `${subjectType}|${subjectId}|${field}|${version}`;
exports.revisionKey = revisionKey;
async function readState(manager, organisation, planSlug) {
    const plan = await manager.findOneBy(action_plan_entity_1.ActionPlan, { slug: planSlug });
    const ownPlan = plan && plan.organisationId === organisation.id ? plan : null;
    const reports = await manager.findBy(report_entity_1.Report, { organisationId: organisation.id });
    const reportIds = reports.map((report) => report.id);
    const slugOf = new Map(reports.map((report) => [report.id, report.slug]));
    // One after another: a transaction is one connection, which runs one statement at a time.
    const findings = await manager.find(finding_entity_1.Finding, { where: { reportId: (0, typeorm_1.In)(reportIds) }, order: { position: 'ASC' } });
    const recommendations = await manager.find(recommendation_entity_1.Recommendation, {
        where: { reportId: (0, typeorm_1.In)(reportIds) },
        order: { position: 'ASC' },
    });
    const state = {
        organisation,
        plan,
        planReportIds: new Set(),
        reports: new Map(reports.map((report) => [report.slug, report])),
        findings: new Map(findings.map((row) => [(0, exports.findingKey)(slugOf.get(row.reportId), row.position), row])),
        recommendations: new Map(recommendations.map((row) => [(0, exports.recommendationKey)(slugOf.get(row.reportId), row.reference), row])),
        commitments: new Map(),
        links: new Set(),
        milestones: new Map(),
        entries: [],
        evidence: new Map(),
        revisionKeys: new Set(),
    };
    const revisionSubjects = [
        organisation.id,
        ...reportIds,
        ...findings.map((f) => f.id),
        ...recommendations.map((r) => r.id),
    ];
    if (ownPlan) {
        const links = await manager.findBy(plan_report_entity_1.PlanReport, { planId: ownPlan.id });
        const commitments = await manager.find(commitment_entity_1.Commitment, { where: { planId: ownPlan.id }, order: { position: 'ASC' } });
        const milestones = await manager.find(milestone_entity_1.Milestone, { where: { planId: ownPlan.id }, order: { position: 'ASC' } });
        const entries = await manager.find(status_update_entity_1.StatusUpdate, { where: { planId: ownPlan.id }, order: { sequence: 'ASC' } });
        state.planReportIds = new Set(links.map((link) => link.reportId));
        const referenceOf = new Map(commitments.map((row) => [row.id, row.reference]));
        state.commitments = new Map(commitments.map((row) => [row.reference, row]));
        state.milestones = new Map(milestones.map((row) => [(0, exports.milestoneKey)(referenceOf.get(row.commitmentId), row.reference), row]));
        state.entries = entries;
        const recommendationById = new Map(recommendations.map((row) => [row.id, row]));
        const commitmentLinks = await manager.findBy(commitment_recommendation_entity_1.CommitmentRecommendation, {
            commitmentId: (0, typeorm_1.In)(commitments.map((row) => row.id)),
        });
        for (const link of commitmentLinks) {
            const recommendation = recommendationById.get(link.recommendationId);
            if (recommendation)
                state.links.add((0, exports.linkKey)(referenceOf.get(link.commitmentId), slugOf.get(recommendation.reportId), recommendation.reference));
        }
        const evidence = await manager.find(evidence_entity_1.Evidence, {
            where: { statusUpdateId: (0, typeorm_1.In)(entries.map((entry) => entry.id)) },
            order: { position: 'ASC' },
        });
        for (const item of evidence)
            state.evidence.set(item.statusUpdateId, [...(state.evidence.get(item.statusUpdateId) ?? []), item]);
        revisionSubjects.push(ownPlan.id, ...commitments.map((row) => row.id), ...milestones.map((row) => row.id));
    }
    const revisions = await manager.find(revision_entity_1.Revision, {
        select: { subjectType: true, subjectId: true, field: true, version: true },
        where: { subjectId: (0, typeorm_1.In)(revisionSubjects) },
    });
    state.revisionKeys = new Set(revisions.map((r) => (0, exports.revisionKey)(r.subjectType, r.subjectId, r.field, r.version)));
    return state;
}
//# sourceMappingURL=import-state.js.map