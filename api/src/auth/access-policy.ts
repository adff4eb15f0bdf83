import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DomainError, ErrorCode } from '../common/domain-error';
import { LiaisonPlan } from './liaison-plan.entity';
import { Role, User } from './user.entity';

const forbidden = (message: string): DomainError => new DomainError(ErrorCode.FORBIDDEN, message);

/**
 * Resource checks that roles alone cannot make: an executive acts only for their own
 * organisation; a liaison speaks only for the plans they are attached to.
 */
@Injectable()
export class AccessPolicy {
  constructor(@InjectRepository(LiaisonPlan) private readonly liaisonPlans: Repository<LiaisonPlan>) {}

  isExecutiveOf(user: User, organisationId: string): boolean {
    return user.role === Role.EXECUTIVE && user.organisationId === organisationId;
  }

  async isLiaisonFor(user: User, planId: string): Promise<boolean> {
    return user.role === Role.LIAISON && (await this.liaisonPlans.existsBy({ userId: user.id, planId }));
  }

  assertExecutiveOf(user: User, organisationId: string): void {
    if (!this.isExecutiveOf(user, organisationId)) {
      throw forbidden('Only the executive of the organisation that owns this record may change it.');
    }
  }

  async assertLiaisonFor(user: User, planId: string): Promise<void> {
    if (!(await this.isLiaisonFor(user, planId))) throw forbidden('Only a liaison attached to this plan may do this.');
  }

  /** The executive of the plan's organisation or a liaison of the plan: the people who write about it. */
  async assertParticipant(user: User, plan: { id: string; organisationId: string }): Promise<void> {
    if (this.isExecutiveOf(user, plan.organisationId) || (await this.isLiaisonFor(user, plan.id))) return;
    throw forbidden('Only the organisation’s executive and the plan’s liaisons may do this.');
  }
}
