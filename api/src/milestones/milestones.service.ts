import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { AccessPolicy } from '../auth/access-policy';
import { SignedInActor } from '../auth/actor';
import { CommitmentsService } from '../commitments/commitments.service';
import { notFound } from '../common/domain-error';
import { newId, nowIso } from '../common/ids';
import { Transactions } from '../common/transactions';
import { PlansService } from '../plans/plans.service';
import { EditsService } from '../revisions/edits.service';
import { RevisionSubject } from '../revisions/revision.entity';
import { CreateMilestoneInput } from './dto/create-milestone.input';
import { nextMilestoneReference } from './milestone-reference';
import { UpdateMilestoneInput } from './dto/update-milestone.input';
import { Milestone } from './milestone.entity';

@Injectable()
export class MilestonesService {
  constructor(
    @InjectRepository(Milestone) private readonly milestones: Repository<Milestone>,
    private readonly commitments: CommitmentsService,
    private readonly plans: PlansService,
    private readonly access: AccessPolicy,
    private readonly edits: EditsService,
    private readonly transactions: Transactions,
  ) {}

  async getById(id: string): Promise<Milestone> {
    const milestone = await this.milestones.findOneBy({ id });
    if (!milestone) throw notFound('milestone', id);
    return milestone;
  }

  findByIds(ids: readonly string[]): Promise<Milestone[]> {
    return this.milestones.findBy({ id: In([...ids]) });
  }

  findByCommitmentIds(ids: readonly string[]): Promise<Milestone[]> {
    return this.milestones.find({ where: { commitmentId: In([...ids]) }, order: { position: 'ASC', id: 'ASC' } });
  }

  findByPlanIds(ids: readonly string[]): Promise<Milestone[]> {
    return this.milestones.find({ where: { planId: In([...ids]) }, order: { position: 'ASC', id: 'ASC' } });
  }

  private async assertEditor(actor: SignedInActor, planId: string): Promise<void> {
    this.access.assertExecutiveOf(actor.user, (await this.plans.getById(planId)).organisationId);
  }

  async create(input: CreateMilestoneInput, actor: SignedInActor): Promise<Milestone> {
    const commitment = await this.commitments.getById(input.commitmentId);
    await this.assertEditor(actor, commitment.planId);
    return this.transactions.run(async (manager) => {
      const last = (await manager.maximum(Milestone, 'position', { commitmentId: commitment.id })) ?? 0;
      const siblings = await manager.find(Milestone, {
        where: { commitmentId: commitment.id },
        select: { reference: true },
      });
      const now = nowIso();
      const milestone = Object.assign(new Milestone(), {
        id: newId(),
        commitmentId: commitment.id,
        planId: commitment.planId,
        reference: nextMilestoneReference(siblings.map((sibling) => sibling.reference)),
        title: input.title,
        description: input.description ?? '',
        dueDate: input.dueDate ?? null,
        position: last + 1,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      return this.edits.create(manager, Milestone, RevisionSubject.MILESTONE, milestone, actor);
    });
  }

  async update(input: UpdateMilestoneInput, actor: SignedInActor): Promise<Milestone> {
    const { planId } = await this.getById(input.id);
    await this.assertEditor(actor, planId);
    return this.transactions.run(async (manager) => {
      const row = await manager.findOneByOrFail(Milestone, { id: input.id });
      return this.edits.apply(manager, {
        entity: Milestone,
        subject: RevisionSubject.MILESTONE,
        row,
        version: input.version,
        changes: {
          title: input.title,
          description: input.description === null ? '' : input.description,
          dueDate: input.dueDate,
        },
        actor,
        commitmentId: row.commitmentId,
      });
    });
  }
}
