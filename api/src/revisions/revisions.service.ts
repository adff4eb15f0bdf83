import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
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

  /** Revisions of a commitment and of its milestones, oldest first. */
  findByCommitmentId(commitmentId: string): Promise<Revision[]> {
    return this.revisions.find({ where: { commitmentId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
