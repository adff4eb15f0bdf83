import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Revision } from './revision.entity';

@Injectable()
export class RevisionsService {
  constructor(@InjectRepository(Revision) private readonly revisions: Repository<Revision>) {}

  /** Revisions of a commitment and of its milestones, oldest first. */
  findByCommitmentId(commitmentId: string): Promise<Revision[]> {
    return this.revisions.find({ where: { commitmentId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
