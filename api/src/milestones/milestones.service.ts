import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Milestone } from './milestone.entity';

@Injectable()
export class MilestonesService {
  constructor(@InjectRepository(Milestone) private readonly milestones: Repository<Milestone>) {}

  findByIds(ids: readonly string[]): Promise<Milestone[]> {
    return this.milestones.findBy({ id: In([...ids]) });
  }

  findByCommitmentIds(ids: readonly string[]): Promise<Milestone[]> {
    return this.milestones.find({ where: { commitmentId: In([...ids]) }, order: { position: 'ASC', id: 'ASC' } });
  }

  findByPlanIds(ids: readonly string[]): Promise<Milestone[]> {
    return this.milestones.find({ where: { planId: In([...ids]) }, order: { position: 'ASC', id: 'ASC' } });
  }
}
