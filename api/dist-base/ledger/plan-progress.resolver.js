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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PlanProgressResolver = exports.CommitmentConnection = void 0;
const graphql_1 = require("@nestjs/graphql");
const rules_1 = require("@tracker/rules");
const commitment_entity_1 = require("../commitments/commitment.entity");
const cost_1 = require("../common/cost");
const domain_error_1 = require("../common/domain-error");
const pagination_1 = require("../common/pagination");
const action_plan_entity_1 = require("../plans/action-plan.entity");
const commitment_filter_1 = require("./commitment-filter");
const commitments_args_1 = require("./dto/commitments.args");
const plan_summary_types_1 = require("./dto/plan-summary.types");
const ledger_loaders_1 = require("./ledger.loaders");
const ledger_service_1 = require("./ledger.service");
const status_update_entity_1 = require("./status-update.entity");
exports.CommitmentConnection = (0, pagination_1.Connection)(commitment_entity_1.Commitment, 'Commitment');
const LATEST_MAX = 50;
/** A progress point per month end: priced at ten years of them. */
const PROGRESS_POINTS = 120;
/** Filtering runs over every commitment of the plan (whose state the request has loaded once). */
const FILTER_COST = 100;
/** Each plan-wide figure is worked out once per request and plan, however often a query asks for it. */
const figures = new WeakMap();
function once(state, figure, compute) {
    const known = figures.get(state) ?? new Map();
    figures.set(state, known);
    if (!known.has(figure))
        known.set(figure, compute());
    return known.get(figure);
}
/** The plan's numbers, each worked out from the ledger by the pure roll-up rules. */
let PlanProgressResolver = class PlanProgressResolver {
    loaders;
    ledger;
    constructor(loaders, ledger) {
        this.loaders = loaders;
        this.ledger = ledger;
    }
    state(plan, ctx) {
        return this.loaders.planState(ctx).load(plan.id);
    }
    rollupItems(state) {
        return state.commitments.map((c) => state.states.get(c.id).rollup);
    }
    async summary(plan, ctx) {
        const state = await this.state(plan, ctx);
        return once(state, 'summary', () => ({ ...(0, rules_1.planRollup)(this.rollupItems(state)), asOf: state.today }));
    }
    async themes(plan, ctx) {
        const state = await this.state(plan, ctx);
        return once(state, 'themes', () => (0, rules_1.breakdownBy)(this.rollupItems(state), 'theme'));
    }
    async owners(plan, ctx) {
        const state = await this.state(plan, ctx);
        return once(state, 'owners', () => (0, rules_1.breakdownBy)(this.rollupItems(state), 'owner'));
    }
    async progress(plan, ctx) {
        const state = await this.state(plan, ctx);
        return once(state, 'progress', () => {
            const firstEntry = state.facts[0]?.createdAt.slice(0, 10);
            const start = [plan.agreedOn, firstEntry].filter((d) => !!d).sort()[0] ?? state.today;
            return (0, rules_1.progressOverTime)({
                commitmentIds: state.commitments.map((c) => c.id),
                milestoneIds: state.milestones.map((m) => m.id),
                entries: state.facts,
                dates: (0, rules_1.progressDates)(start, state.today),
            });
        });
    }
    latestUpdates(plan, first) {
        if (first < 1 || first > LATEST_MAX)
            throw (0, domain_error_1.badInput)(`first must be between 1 and ${LATEST_MAX}`, 'first');
        return this.ledger.findLatestByPlanId(plan.id, first);
    }
    async commitments(plan, args, ctx) {
        const state = await this.state(plan, ctx);
        const matching = state.commitments.filter((c) => (0, commitment_filter_1.matchesFilter)(c, state.states.get(c.id), args.filter));
        return (0, pagination_1.paginate)(matching, args, (c) => c.id);
    }
};
exports.PlanProgressResolver = PlanProgressResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => plan_summary_types_1.PlanSummary),
    (0, cost_1.Cost)({ perCall: cost_1.PLAN_WIDE_COST }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [action_plan_entity_1.ActionPlan, Object]),
    __metadata("design:returntype", Promise)
], PlanProgressResolver.prototype, "summary", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [plan_summary_types_1.Breakdown], { description: 'The roll-up per theme.' }),
    (0, cost_1.Cost)({ perCall: cost_1.PLAN_WIDE_COST }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [action_plan_entity_1.ActionPlan, Object]),
    __metadata("design:returntype", Promise)
], PlanProgressResolver.prototype, "themes", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [plan_summary_types_1.Breakdown], { description: 'The roll-up per owner.' }),
    (0, cost_1.Cost)({ perCall: cost_1.PLAN_WIDE_COST }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [action_plan_entity_1.ActionPlan, Object]),
    __metadata("design:returntype", Promise)
], PlanProgressResolver.prototype, "owners", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [plan_summary_types_1.ProgressPoint], {
        description: 'The assessment of every commitment and the milestones complete at each month end and today.',
    }),
    (0, cost_1.Cost)({ perCall: cost_1.PLAN_WIDE_COST, listSize: PROGRESS_POINTS }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [action_plan_entity_1.ActionPlan, Object]),
    __metadata("design:returntype", Promise)
], PlanProgressResolver.prototype, "progress", null);
__decorate([
    (0, graphql_1.ResolveField)(() => [status_update_entity_1.StatusUpdate], { description: 'The newest ledger entries of the plan, newest first.' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Args)('first', { type: () => graphql_1.Int, defaultValue: 10, description: `1 to ${LATEST_MAX}.` })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [action_plan_entity_1.ActionPlan, Number]),
    __metadata("design:returntype", Promise)
], PlanProgressResolver.prototype, "latestUpdates", null);
__decorate([
    (0, graphql_1.ResolveField)(() => exports.CommitmentConnection, { description: 'The plan’s commitments in plan order, filtered.' }),
    (0, cost_1.Cost)({ perCall: FILTER_COST }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Args)()),
    __param(2, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [action_plan_entity_1.ActionPlan,
        commitments_args_1.PlanCommitmentsArgs, Object]),
    __metadata("design:returntype", Promise)
], PlanProgressResolver.prototype, "commitments", null);
exports.PlanProgressResolver = PlanProgressResolver = __decorate([
    (0, graphql_1.Resolver)(() => action_plan_entity_1.ActionPlan),
    __metadata("design:paramtypes", [ledger_loaders_1.LedgerLoaders,
        ledger_service_1.LedgerService])
], PlanProgressResolver);
//# sourceMappingURL=plan-progress.resolver.js.map