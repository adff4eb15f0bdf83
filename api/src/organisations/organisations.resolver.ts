import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedInActor } from '../auth/actor';
import { CurrentActor, Public, Roles } from '../auth/decorators';
import { Role } from '../auth/user.entity';
import { ORGANISATIONS_COST } from '../common/cost';
import { SlugArgs } from '../common/lookup.args';
import { UpdateOrganisationInput } from './dto/update-organisation.input';
import { Organisation } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Public()
  @Query(() => [Organisation], { description: 'Every organisation on this installation, by name.' })
  @ORGANISATIONS_COST
  organisations(): Promise<Organisation[]> {
    return this.service.findAll();
  }

  @Public()
  @Query(() => Organisation, { nullable: true, description: 'One organisation; NOT_FOUND when the slug is unknown.' })
  organisation(@Args() { slug }: SlugArgs): Promise<Organisation> {
    return this.service.getBySlug(slug);
  }

  @Mutation(() => Organisation, {
    description:
      'Edits your organisation’s profile (name, description, website); a stale version gets CONFLICT with the current one.',
  })
  @Roles(Role.EXECUTIVE)
  updateOrganisation(
    @Args('input') input: UpdateOrganisationInput,
    @CurrentActor() actor: SignedInActor,
  ): Promise<Organisation> {
    return this.service.update(input, actor);
  }
}
