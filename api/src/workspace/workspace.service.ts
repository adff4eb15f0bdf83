import { Injectable } from '@nestjs/common';
import { Lens, SubjectType } from '@tracker/rules';
import { Role, User } from '../auth/user.entity';
import { UsersService } from '../auth/users.service';
import { CommentsService } from '../comments/comments.service';
import { Commitment } from '../commitments/commitment.entity';
import { CommitmentsService } from '../commitments/commitments.service';
import { LedgerService } from '../ledger/ledger.service';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlansService } from '../plans/plans.service';

@Injectable()
export class WorkspaceService {
  constructor(
    private readonly users: UsersService,
    private readonly plans: PlansService,
    private readonly commitments: CommitmentsService,
    private readonly ledger: LedgerService,
    private readonly comments: CommentsService,
  ) {}

  /** An executive's organisation's plans; the plans a liaison speaks for. */
  async plansOf(user: User): Promise<ActionPlan[]> {
    if (user.role === Role.EXECUTIVE) {
      return user.organisationId ? this.plans.findByOrganisationIds([user.organisationId]) : [];
    }
    const planIds = await this.users.planIdsOf(user.id);
    if (planIds.length === 0) return [];
    const plans = await this.plans.findByIds(planIds);
    return plans.sort((a, b) => a.title.localeCompare(b.title));
  }

  /**
   * A liaison's commitments whose current assessment was recorded after their own latest
   * response on that commitment (or that they have never responded to), oldest assessment first.
   */
  async awaitingResponse(user: User): Promise<Commitment[]> {
    if (user.role !== Role.LIAISON) return [];
    const plans = await this.plansOf(user);
    if (plans.length === 0) return [];
    const commitments = await this.commitments.findByPlanIds(plans.map((plan) => plan.id));
    if (commitments.length === 0) return [];
    const assessedAt = new Map<string, string>();
    for (const fact of await this.ledger.factsByCommitmentIds(commitments.map((c) => c.id))) {
      // Facts come in ledger order, so the last one seen is the current assessment.
      if (fact.subjectType === SubjectType.COMMITMENT && fact.lens === Lens.ASSESSMENT) {
        assessedAt.set(fact.subjectId, fact.createdAt);
      }
    }
    const respondedAt = await this.comments.latestResponseTimes(user.id);
    return commitments
      .filter((commitment) => {
        const assessed = assessedAt.get(commitment.id);
        const responded = respondedAt.get(commitment.id);
        return assessed !== undefined && (responded === undefined || responded < assessed);
      })
      .sort((a, b) => (assessedAt.get(a.id) ?? '').localeCompare(assessedAt.get(b.id) ?? ''));
  }
}
