import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Revision, RevisionSubject } from './revision.entity';

@Injectable()
export class RevisionsService {
  constructor(@InjectRepository(Revision) private readonly revisions: Repository<Revision>) {}

  /** The revisions of one organisation, report, recommendation, plan, commitment or milestone, oldest first. */
  findBySubject(subjectType: RevisionSubject, subjectId: string): Promise<Revision[]> {
    return this.revisions.find({ where: { subjectType, subjectId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Revisions of a commitment and of its milestones, oldest first. */
  findByCommitmentId(commitmentId: string): Promise<Revision[]> {
    return this.revisions.find({ where: { commitmentId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
