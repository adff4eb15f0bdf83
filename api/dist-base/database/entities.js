"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENTITIES = void 0;
const invite_entity_1 = require("../accounts/invite.entity");
const audit_event_entity_1 = require("../audit/audit-event.entity");
const liaison_plan_entity_1 = require("../auth/liaison-plan.entity");
const session_entity_1 = require("../auth/session.entity");
const user_entity_1 = require("../auth/user.entity");
const comment_entity_1 = require("../comments/comment.entity");
const commitment_recommendation_entity_1 = require("../commitments/commitment-recommendation.entity");
const commitment_entity_1 = require("../commitments/commitment.entity");
const evidence_entity_1 = require("../ledger/evidence.entity");
const status_update_entity_1 = require("../ledger/status-update.entity");
const milestone_entity_1 = require("../milestones/milestone.entity");
const organisation_entity_1 = require("../organisations/organisation.entity");
const action_plan_entity_1 = require("../plans/action-plan.entity");
const plan_report_entity_1 = require("../plans/plan-report.entity");
const finding_entity_1 = require("../reports/finding.entity");
const recommendation_entity_1 = require("../reports/recommendation.entity");
const report_entity_1 = require("../reports/report.entity");
const revision_entity_1 = require("../revisions/revision.entity");
/** Every entity of the domain, registered with the one DataSource. */
exports.ENTITIES = [
    organisation_entity_1.Organisation,
    user_entity_1.User,
    liaison_plan_entity_1.LiaisonPlan,
    session_entity_1.Session,
    invite_entity_1.Invite,
    report_entity_1.Report,
    finding_entity_1.Finding,
    recommendation_entity_1.Recommendation,
    action_plan_entity_1.ActionPlan,
    plan_report_entity_1.PlanReport,
    commitment_entity_1.Commitment,
    commitment_recommendation_entity_1.CommitmentRecommendation,
    milestone_entity_1.Milestone,
    status_update_entity_1.StatusUpdate,
    evidence_entity_1.Evidence,
    revision_entity_1.Revision,
    comment_entity_1.Comment,
    audit_event_entity_1.AuditEvent,
];
//# sourceMappingURL=entities.js.map