import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, Repository } from 'typeorm';
import { Revision, RevisionSubject } from './revision.entity';

@Injectable()
export class RevisionsService {
  constructor(@InjectRepository(Revision) private readonly revisions: Repository<Revision>) {}

  /**
   * The revisions of one organisation, report, recommendation, plan, commitment, milestone or
   * finding, oldest first. A report's include those of its findings, deleted ones too: they are
   * part of its record.
   */
  findBySubject(subjectType: RevisionSubject, subjectId: string): Promise<Revision[]> {
    const where =
      subjectType === RevisionSubject.REPORT
        ? [{ subjectType, subjectId }, { reportId: subjectId }]
        : { subjectType, subjectId };
    return this.revisions.find({ where, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** The revisions of several subjects of one type (a plan's roundtables), oldest first. */
  findBySubjects(subjectType: RevisionSubject, subjectIds: readonly string[]): Promise<Revision[]> {
    if (subjectIds.length === 0) return Promise.resolve([]);
    return this.revisions.find({
      where: { subjectType, subjectId: In([...subjectIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Revisions of a commitment and of its milestones, oldest first. */
  findByCommitmentId(commitmentId: string): Promise<Revision[]> {
    return this.revisions.find({ where: { commitmentId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * The whole edit history of a plan, oldest first: the plan's, its organisation's, its reports'
   * (with their findings', deleted ones too, and their recommendations'), its commitments' and
   * its milestones'. One query whatever the plan's size.
   */
  findForPlan(plan: { id: string; organisationId: string }, reportIds: readonly string[]): Promise<Revision[]> {
    const reports = reportIds.length > 0 ? [...reportIds] : [''];
    return this.revisions
      .createQueryBuilder('v')
      .where(
        new Brackets((where) =>
          where
            .where('(v.subject_type = :organisation AND v.subject_id = :organisationId)')
            .orWhere('(v.subject_type = :plan AND v.subject_id = :planId)')
            .orWhere('(v.subject_type = :report AND v.subject_id IN (:...reports))')
            .orWhere('(v.subject_type = :finding AND v.report_id IN (:...reports))')
            .orWhere(
              '(v.subject_type = :recommendation AND v.subject_id IN (SELECT id FROM recommendation WHERE report_id IN (:...reports)))',
            )
            .orWhere(
              '(v.subject_type = :commitment AND v.subject_id IN (SELECT id FROM commitment WHERE plan_id = :planId))',
            )
            .orWhere(
              '(v.subject_type = :milestone AND v.subject_id IN (SELECT id FROM milestone WHERE plan_id = :planId))',
            ),
        ),
      )
      .setParameters({
        organisation: RevisionSubject.ORGANISATION,
        plan: RevisionSubject.PLAN,
        report: RevisionSubject.REPORT,
        finding: RevisionSubject.FINDING,
        recommendation: RevisionSubject.RECOMMENDATION,
        commitment: RevisionSubject.COMMITMENT,
        milestone: RevisionSubject.MILESTONE,
        organisationId: plan.organisationId,
        planId: plan.id,
        reports,
      })
      .orderBy('v.created_at', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .getMany();
  }
}
