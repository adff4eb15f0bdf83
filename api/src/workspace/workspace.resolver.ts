import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedInActor } from '../auth/actor';
import { CurrentActor, SignedIn } from '../auth/decorators';
import { Commitment } from '../commitments/commitment.entity';
import { FEW_PLANS_OR_REPORTS_COST } from '../common/cost';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import { ActionPlan } from '../plans/action-plan.entity';
import { Workspace } from './workspace.type';
import { WorkspaceService } from './workspace.service';

@Resolver(() => Workspace)
export class WorkspaceResolver {
  constructor(
    private readonly service: WorkspaceService,
    private readonly organisations: OrganisationsService,
  ) {}

  @SignedIn()
  @Query(() => Workspace, {
    description: 'The signed-in person and what they work on; UNAUTHENTICATED when signed out.',
  })
  workspace(@CurrentActor() actor: SignedInActor): Workspace {
    return { user: actor.user, email: actor.user.email };
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The organisation an executive acts for.' })
  async organisation(@Parent() workspace: Workspace): Promise<Organisation | null> {
    const id = workspace.user.organisationId;
    return id ? ((await this.organisations.findByIds([id]))[0] ?? null) : null;
  }

  @ResolveField(() => [ActionPlan], {
    description: 'An executive: the organisation’s plans. A liaison: the plans they speak for.',
  })
  @FEW_PLANS_OR_REPORTS_COST
  plans(@Parent() workspace: Workspace): Promise<ActionPlan[]> {
    return this.service.plansOf(workspace.user);
  }

  @ResolveField(() => [Commitment], {
    description:
      'A liaison: commitments of their plans assessed since their own latest response, oldest first. Empty for executives.',
  })
  awaitingResponse(@Parent() workspace: Workspace): Promise<Commitment[]> {
    return this.service.awaitingResponse(workspace.user);
  }
}
