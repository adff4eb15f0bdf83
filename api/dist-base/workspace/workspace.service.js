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
exports.WorkspaceService = void 0;
const common_1 = require("@nestjs/common");
const rules_1 = require("@tracker/rules");
const user_entity_1 = require("../auth/user.entity");
const users_service_1 = require("../auth/users.service");
const comments_service_1 = require("../comments/comments.service");
const commitments_service_1 = require("../commitments/commitments.service");
const ledger_service_1 = require("../ledger/ledger.service");
const plans_service_1 = require("../plans/plans.service");
let WorkspaceService = class WorkspaceService {
    users;
    plans;
    commitments;
    ledger;
    comments;
    constructor(users, plans, commitments, ledger, comments) {
        this.users = users;
        this.plans = plans;
        this.commitments = commitments;
        this.ledger = ledger;
        this.comments = comments;
    }
    /** An executive's organisation's plans; the plans a liaison speaks for. */
    async plansOf(user) {
        if (user.role === user_entity_1.Role.EXECUTIVE) {
            return user.organisationId ? this.plans.findByOrganisationIds([user.organisationId]) : [];
        }
        const planIds = await this.users.planIdsOf(user.id);
        if (planIds.length === 0)
            return [];
        const plans = await this.plans.findByIds(planIds);
        return plans.sort((a, b) => a.title.localeCompare(b.title));
    }
    /**
     * A liaison's commitments whose current assessment was recorded after their own latest
     * response on that commitment (or that they have never responded to), oldest assessment first.
     */
    async awaitingResponse(user) {
        if (user.role !== user_entity_1.Role.LIAISON)
            return [];
        const plans = await this.plansOf(user);
        if (plans.length === 0)
            return [];
        const commitments = await this.commitments.findByPlanIds(plans.map((plan) => plan.id));
        if (commitments.length === 0)
            return [];
        const assessedAt = new Map();
        for (const fact of await this.ledger.factsByCommitmentIds(commitments.map((c) => c.id))) {
            // Facts come in ledger order, so the last one seen is the current assessment.
            if (fact.subjectType === rules_1.SubjectType.COMMITMENT && fact.lens === rules_1.Lens.ASSESSMENT) {
                assessedAt.set(fact.subjectId, fact.createdAt);
            }
        }
        const respondedAt = await this.comments.latestResponseTimes(user.id);
        return commitments
            .filter((commitment) => {
            const assessed = assessedAt.get(commitment.id);
            const responded = respondedAt.get(commitment.id);
            return assessed !== undefined && (responded === undefined || responded < assessed);
        })
            .sort((a, b) => (assessedAt.get(a.id) ?? '').localeCompare(assessedAt.get(b.id) ?? ''));
    }
};
exports.WorkspaceService = WorkspaceService;
exports.WorkspaceService = WorkspaceService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [users_service_1.UsersService,
        plans_service_1.PlansService,
        commitments_service_1.CommitmentsService,
        ledger_service_1.LedgerService,
        comments_service_1.CommentsService])
], WorkspaceService);
//# sourceMappingURL=workspace.service.js.map