import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { notFound } from '../common/domain-error';
import { CommitmentRecommendation } from './commitment-recommendation.entity';
import { Commitment } from './commitment.entity';

@Injectable()
export class CommitmentsService {
  constructor(
    @InjectRepository(Commitment) private readonly commitments: Repository<Commitment>,
    @InjectRepository(CommitmentRecommendation) private readonly links: Repository<CommitmentRecommendation>,
  ) {}

  async getById(id: string): Promise<Commitment> {
    const commitment = await this.commitments.findOneBy({ id });
    if (!commitment) throw notFound('commitment', id);
    return commitment;
  }

  async getByReference(planId: string, reference: string): Promise<Commitment> {
    const commitment = await this.commitments.findOneBy({ planId, reference });
    if (!commitment) throw notFound('commitment', reference);
    return commitment;
  }

  findByIds(ids: readonly string[]): Promise<Commitment[]> {
    return this.commitments.findBy({ id: In([...ids]) });
  }

  /** Every commitment of the given plans, in each plan's order. */
  findByPlanIds(ids: readonly string[]): Promise<Commitment[]> {
    return this.commitments.find({ where: { planId: In([...ids]) }, order: { position: 'ASC', id: 'ASC' } });
  }

  findLinksByCommitmentIds(ids: readonly string[]): Promise<CommitmentRecommendation[]> {
    return this.links.findBy({ commitmentId: In([...ids]) });
  }

  findLinksByRecommendationIds(ids: readonly string[]): Promise<CommitmentRecommendation[]> {
    return this.links.findBy({ recommendationId: In([...ids]) });
  }
}
