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
exports.RevisionsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const revision_entity_1 = require("./revision.entity");
let RevisionsService = class RevisionsService {
    revisions;
    constructor(revisions) {
        this.revisions = revisions;
    }
    /**
     * The revisions of one organisation, report, recommendation, plan, commitment, milestone or
     * finding, oldest first. A report's include those of its findings, deleted ones too: they are
     * part of its record.
     */
    findBySubject(subjectType, subjectId) {
        const where = subjectType === revision_entity_1.RevisionSubject.REPORT
            ? [{ subjectType, subjectId }, { reportId: subjectId }]
            : { subjectType, subjectId };
        return this.revisions.find({ where, order: { createdAt: 'ASC', id: 'ASC' } });
    }
    /** Revisions of a commitment and of its milestones, oldest first. */
    findByCommitmentId(commitmentId) {
        return this.revisions.find({ where: { commitmentId }, order: { createdAt: 'ASC', id: 'ASC' } });
    }
    /**
     * The whole edit history of a plan, oldest first: the plan's, its organisation's, its reports'
     * (with their findings', deleted ones too, and their recommendations'), its commitments' and
     * its milestones'. One query whatever the plan's size.
     */
    findForPlan(plan, reportIds) {
        const reports = reportIds.length > 0 ? [...reportIds] : [''];
        return this.revisions
            .createQueryBuilder('v')
            .where(new typeorm_2.Brackets((where) => where
            .where('(v.subject_type = :organisation AND v.subject_id = :organisationId)')
            .orWhere('(v.subject_type = :plan AND v.subject_id = :planId)')
            .orWhere('(v.subject_type = :report AND v.subject_id IN (:...reports))')
            .orWhere('(v.subject_type = :finding AND v.report_id IN (:...reports))')
            .orWhere('(v.subject_type = :recommendation AND v.subject_id IN (SELECT id FROM recommendation WHERE report_id IN (:...reports)))')
            .orWhere('(v.subject_type = :commitment AND v.subject_id IN (SELECT id FROM commitment WHERE plan_id = :planId))')
            .orWhere('(v.subject_type = :milestone AND v.subject_id IN (SELECT id FROM milestone WHERE plan_id = :planId))')))
            .setParameters({
            organisation: revision_entity_1.RevisionSubject.ORGANISATION,
            plan: revision_entity_1.RevisionSubject.PLAN,
            report: revision_entity_1.RevisionSubject.REPORT,
            finding: revision_entity_1.RevisionSubject.FINDING,
            recommendation: revision_entity_1.RevisionSubject.RECOMMENDATION,
            commitment: revision_entity_1.RevisionSubject.COMMITMENT,
            milestone: revision_entity_1.RevisionSubject.MILESTONE,
            organisationId: plan.organisationId,
            planId: plan.id,
            reports,
        })
            .orderBy('v.created_at', 'ASC')
            .addOrderBy('v.id', 'ASC')
            .getMany();
    }
};
exports.RevisionsService = RevisionsService;
exports.RevisionsService = RevisionsService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(revision_entity_1.Revision)),
    __metadata("design:paramtypes", [typeorm_2.Repository])
], RevisionsService);
//# sourceMappingURL=revisions.service.js.map