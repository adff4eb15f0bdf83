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
exports.ProgressPoint = exports.PlanSummary = exports.Breakdown = exports.DistributionFields = exports.StatusCount = void 0;
const graphql_1 = require("@nestjs/graphql");
const rules_1 = require("@tracker/rules");
const cost_1 = require("../../common/cost");
const scalars_1 = require("../../common/scalars");
require("../ledger.graphql-enums");
/** A count per status: one item per value of the scale. */
const PER_STATUS = (0, cost_1.Cost)({ listSize: Object.keys(rules_1.CommitmentStatus).length });
let StatusCount = class StatusCount {
    status;
    count;
    share;
};
exports.StatusCount = StatusCount;
__decorate([
    (0, graphql_1.Field)(() => rules_1.CommitmentStatus),
    __metadata("design:type", String)
], StatusCount.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], StatusCount.prototype, "count", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'count / assessedTotal (0..1); null when nothing is assessed.' }),
    __metadata("design:type", Object)
], StatusCount.prototype, "share", void 0);
exports.StatusCount = StatusCount = __decorate([
    (0, graphql_1.ObjectType)({ description: 'How many commitments have one assessment status.' })
], StatusCount);
let DistributionFields = class DistributionFields {
    commitmentsTotal;
    assessedTotal;
    unassessedCount;
    byAssessment;
    milestonesTotal;
    milestonesComplete;
    milestoneCompletionShare;
};
exports.DistributionFields = DistributionFields;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], DistributionFields.prototype, "commitmentsTotal", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Commitments with an assessment; the base of every share.' }),
    __metadata("design:type", Number)
], DistributionFields.prototype, "assessedTotal", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'NOT_YET_ASSESSED commitments: excluded from shares, counted here.' }),
    __metadata("design:type", Number)
], DistributionFields.prototype, "unassessedCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => [StatusCount], { description: 'One entry per assessed status, in scale order, zeros included.' }),
    PER_STATUS,
    __metadata("design:type", Array)
], DistributionFields.prototype, "byAssessment", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], DistributionFields.prototype, "milestonesTotal", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], DistributionFields.prototype, "milestonesComplete", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'milestonesComplete / milestonesTotal; null without milestones.' }),
    __metadata("design:type", Object)
], DistributionFields.prototype, "milestoneCompletionShare", void 0);
exports.DistributionFields = DistributionFields = __decorate([
    (0, graphql_1.ObjectType)({ isAbstract: true })
], DistributionFields);
let Breakdown = class Breakdown extends DistributionFields {
    key;
};
exports.Breakdown = Breakdown;
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'The theme or owner; null groups commitments without one.' }),
    __metadata("design:type", Object)
], Breakdown.prototype, "key", void 0);
exports.Breakdown = Breakdown = __decorate([
    (0, graphql_1.ObjectType)({ description: 'The roll-up of one theme or one owner.' })
], Breakdown);
let PlanSummary = class PlanSummary extends DistributionFields {
    byPartyReported;
    partyReportedUnassessedCount;
    overdueCount;
    dueSoonCount;
    unverifiableCount;
    disagreementCount;
    asOf;
};
exports.PlanSummary = PlanSummary;
__decorate([
    (0, graphql_1.Field)(() => [StatusCount], { description: 'The party’s own account, same scale.' }),
    PER_STATUS,
    __metadata("design:type", Array)
], PlanSummary.prototype, "byPartyReported", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], PlanSummary.prototype, "partyReportedUnassessedCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], PlanSummary.prototype, "overdueCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Not complete and due within 30 days.' }),
    __metadata("design:type", Number)
], PlanSummary.prototype, "dueSoonCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Commitments lacking an owner, a due date or success criteria.' }),
    __metadata("design:type", Number)
], PlanSummary.prototype, "unverifiableCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Commitments where the party’s account differs from the assessment.' }),
    __metadata("design:type", Number)
], PlanSummary.prototype, "disagreementCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => scalars_1.DateScalar, { description: 'The day (Europe/London) the deadline lens was computed for.' }),
    __metadata("design:type", String)
], PlanSummary.prototype, "asOf", void 0);
exports.PlanSummary = PlanSummary = __decorate([
    (0, graphql_1.ObjectType)({ description: 'The plan’s roll-up: milestone completion and the distribution by assessment, kept apart.' })
], PlanSummary);
let ProgressPoint = class ProgressPoint {
    date;
    byAssessment;
    assessedTotal;
    unassessedCount;
    milestonesTotal;
    milestonesComplete;
};
exports.ProgressPoint = ProgressPoint;
__decorate([
    (0, graphql_1.Field)(() => scalars_1.DateScalar),
    __metadata("design:type", String)
], ProgressPoint.prototype, "date", void 0);
__decorate([
    (0, graphql_1.Field)(() => [StatusCount]),
    PER_STATUS,
    __metadata("design:type", Array)
], ProgressPoint.prototype, "byAssessment", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], ProgressPoint.prototype, "assessedTotal", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], ProgressPoint.prototype, "unassessedCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], ProgressPoint.prototype, "milestonesTotal", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], ProgressPoint.prototype, "milestonesComplete", void 0);
exports.ProgressPoint = ProgressPoint = __decorate([
    (0, graphql_1.ObjectType)({ description: 'The plan as it stood at the end of one day, rebuilt from the ledger.' })
], ProgressPoint);
//# sourceMappingURL=plan-summary.types.js.map