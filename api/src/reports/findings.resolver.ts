import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { SignedInActor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/decorators';
import { Role } from '../auth/user.entity';
import { CreateFindingInput, DeleteFindingInput, ReorderFindingsInput, UpdateFindingInput } from './dto/finding.input';
import { Finding } from './finding.entity';
import { FindingsService } from './findings.service';
import { Report } from './report.entity';

@Resolver(() => Finding)
export class FindingsResolver {
  constructor(private readonly service: FindingsService) {}

  @Mutation(() => Finding, {
    description:
      'Adds a key finding to a report of your organisation at a place in its list; those after it move down.',
  })
  @Roles(Role.EXECUTIVE)
  createFinding(@Args('input') input: CreateFindingInput, @CurrentActor() actor: SignedInActor): Promise<Finding> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Finding, { description: 'Edits a finding; a stale version gets CONFLICT with the current one.' })
  @Roles(Role.EXECUTIVE)
  updateFinding(@Args('input') input: UpdateFindingInput, @CurrentActor() actor: SignedInActor): Promise<Finding> {
    return this.service.update(input, actor);
  }

  @Mutation(() => Report, {
    description:
      'Deletes a finding; its wording stays in the report’s history. A stale version gets CONFLICT. Answers the report.',
  })
  @Roles(Role.EXECUTIVE)
  deleteFinding(@Args('input') input: DeleteFindingInput, @CurrentActor() actor: SignedInActor): Promise<Report> {
    return this.service.delete(input, actor);
  }

  @Mutation(() => Report, {
    description:
      'Puts a report’s findings in a new order. A view that missed any change to them gets CONFLICT and nothing moves.',
  })
  @Roles(Role.EXECUTIVE)
  reorderFindings(@Args('input') input: ReorderFindingsInput, @CurrentActor() actor: SignedInActor): Promise<Report> {
    return this.service.reorder(input, actor);
  }
}
