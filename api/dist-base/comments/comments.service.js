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
exports.CommentsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const rules_1 = require("@tracker/rules");
const typeorm_2 = require("typeorm");
const audit_service_1 = require("../audit/audit.service");
const access_policy_1 = require("../auth/access-policy");
const commitment_entity_1 = require("../commitments/commitment.entity");
const commitments_service_1 = require("../commitments/commitments.service");
const domain_error_1 = require("../common/domain-error");
const ids_1 = require("../common/ids");
const transactions_1 = require("../common/transactions");
const ledger_service_1 = require("../ledger/ledger.service");
const plans_service_1 = require("../plans/plans.service");
const comment_entity_1 = require("./comment.entity");
let CommentsService = class CommentsService {
    comments;
    commitments;
    plans;
    ledger;
    access;
    audit;
    transactions;
    constructor(comments, commitments, plans, ledger, access, audit, transactions) {
        this.comments = comments;
        this.commitments = commitments;
        this.plans = plans;
        this.ledger = ledger;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }
    /** A commitment's comments and responses, oldest first (threads are built from parentId). */
    findByCommitmentId(commitmentId) {
        return this.comments.find({ where: { commitmentId }, order: { createdAt: 'ASC', id: 'ASC' } });
    }
    /**
     * Comments on the commitments of some plans, newest first: the moderation list. `hidden`
     * narrows it to the hidden (true) or the visible (false) ones.
     */
    findByPlanIds(planIds, hidden) {
        if (planIds.length === 0)
            return Promise.resolve([]);
        const query = this.comments
            .createQueryBuilder('c')
            .innerJoin(commitment_entity_1.Commitment, 'm', 'm.id = c.commitment_id')
            .where('m.plan_id IN (:...planIds)', { planIds: [...planIds] });
        if (hidden !== undefined)
            query.andWhere(hidden ? 'c.hidden_at IS NOT NULL' : 'c.hidden_at IS NULL');
        return query.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'DESC').getMany();
    }
    /** When a person last responded on each commitment they responded to. */
    async latestResponseTimes(authorId) {
        const rows = await this.comments
            .createQueryBuilder('c')
            .select('c.commitment_id', 'commitmentId')
            .addSelect('MAX(c.created_at)', 'latest')
            .where('c.author_id = :authorId AND c.kind = :kind', { authorId, kind: comment_entity_1.CommentKind.RESPONSE })
            .groupBy('c.commitment_id')
            .getRawMany();
        return new Map(rows.map((row) => [row.commitmentId, row.latest]));
    }
    /**
     * Any signed-in user may comment on a commitment they may see (a draft's is unknown to the rest) and reply in its threads; only a
     * liaison of the plan may RESPOND, with a stance on the latest assessment.
     */
    async add(input, actor) {
        const commitment = await this.commitments.getById(input.commitmentId);
        const plan = await this.plans.getById(commitment.planId);
        if (!(await this.access.sightOf(actor.user)).canSee(plan))
            throw (0, domain_error_1.notFound)('commitment', input.commitmentId);
        if (input.parentId) {
            const parent = await this.comments.findOneBy({ id: input.parentId });
            if (!parent || parent.commitmentId !== commitment.id) {
                throw (0, domain_error_1.badInput)('parentId must be a comment on the same commitment.', 'parentId');
            }
        }
        if (input.kind === comment_entity_1.CommentKind.RESPONSE) {
            await this.access.assertLiaisonFor(actor.user, commitment.planId);
            if (!input.stance)
                throw (0, domain_error_1.badInput)('A response says whether the party agrees or disagrees: give a stance.', 'stance');
            const entries = await this.ledger.findByCommitmentId(commitment.id);
            if (!entries.some((e) => e.lens === rules_1.Lens.ASSESSMENT && !e.milestoneId)) {
                throw (0, domain_error_1.badInput)('There is no assessment to respond to yet.', 'kind');
            }
        }
        else if (input.stance) {
            throw (0, domain_error_1.badInput)('Only a response carries a stance.', 'stance');
        }
        return this.transactions.run(async (manager) => {
            const comment = {
                id: (0, ids_1.newId)(),
                commitmentId: commitment.id,
                parentId: input.parentId ?? null,
                authorId: actor.user.id,
                body: input.body,
                kind: input.kind,
                stance: input.stance ?? null,
                hiddenAt: null,
                hiddenReason: null,
                hiddenById: null,
                version: 1,
                createdAt: (0, ids_1.nowIso)(),
            };
            await manager.insert(comment_entity_1.Comment, comment);
            await this.audit.record(manager, {
                actorId: actor.user.id,
                action: 'comment.create',
                subjectType: 'COMMENT',
                subjectId: comment.id,
                detail: { kind: comment.kind },
                ip: actor.ip,
            });
            return Object.assign(new comment_entity_1.Comment(), comment);
        });
    }
    /** The executive of the plan's organisation hides a comment: the text is kept, never served. */
    async hide(input, actor) {
        const comment = await this.comments.findOneBy({ id: input.id });
        if (!comment)
            throw (0, domain_error_1.notFound)('comment', input.id);
        const commitment = await this.commitments.getById(comment.commitmentId);
        this.access.assertExecutiveOf(actor.user, (await this.plans.getById(commitment.planId)).organisationId);
        if (comment.hiddenAt)
            return comment;
        return this.transactions.run(async (manager) => {
            const hidden = {
                hiddenAt: (0, ids_1.nowIso)(),
                hiddenReason: input.reason,
                hiddenById: actor.user.id,
                version: comment.version + 1,
            };
            await manager.update(comment_entity_1.Comment, { id: comment.id }, hidden);
            await this.audit.record(manager, {
                actorId: actor.user.id,
                action: 'comment.hide',
                subjectType: 'COMMENT',
                subjectId: comment.id,
                detail: { reason: input.reason },
                ip: actor.ip,
            });
            return Object.assign(comment, hidden);
        });
    }
};
exports.CommentsService = CommentsService;
exports.CommentsService = CommentsService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(comment_entity_1.Comment)),
    __metadata("design:paramtypes", [typeorm_2.Repository,
        commitments_service_1.CommitmentsService,
        plans_service_1.PlansService,
        ledger_service_1.LedgerService,
        access_policy_1.AccessPolicy,
        audit_service_1.AuditService,
        transactions_1.Transactions])
], CommentsService);
//# sourceMappingURL=comments.service.js.map