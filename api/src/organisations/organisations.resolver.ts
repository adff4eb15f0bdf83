import { Args, Context, Field, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActorContext, SignedInActor } from '../auth/actor';
import { CurrentActor, Public, Roles } from '../auth/decorators';
import { Role } from '../auth/user.entity';
import { ORGANISATIONS_COST } from '../common/cost';
import { SlugArgs } from '../common/lookup.args';
import { UpdateEmbedOriginsInput } from './dto/update-embed-origins.input';
import { UpdateOrganisationInput } from './dto/update-organisation.input';
import { Organisation } from './organisation.entity';
import { OrganisationsService } from './organisations.service';
import { Licence, licenceOf } from './licences';

@ObjectType('Licence', { description: 'The licence an organisation publishes its open data under.' })
export class LicenceType implements Licence {
  @Field({ description: 'SPDX-style id, e.g. CC-BY-4.0.' })
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Where the licence can be read.' })
  url: string;
}

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
      'Edits your organisation’s profile (name, description, website, licence); a stale version gets CONFLICT with the current one.',
  })
  @Roles(Role.EXECUTIVE)
  updateOrganisation(
    @Args('input') input: UpdateOrganisationInput,
    @CurrentActor() actor: SignedInActor,
  ): Promise<Organisation> {
    return this.service.update(input, actor);
  }

  @Mutation(() => Organisation, {
    description:
      'Sets the sites (https origins) allowed to frame your organisation’s embeds; an empty list allows any site. A stale version gets CONFLICT.',
  })
  @Roles(Role.EXECUTIVE)
  updateEmbedOrigins(
    @Args('input') input: UpdateEmbedOriginsInput,
    @CurrentActor() actor: SignedInActor,
  ): Promise<Organisation> {
    return this.service.updateEmbedOrigins(input, actor);
  }

  @ResolveField(() => [String], {
    description:
      'The sites (https origins) allowed to frame its embeds; empty: any site. Its own executives only (FORBIDDEN to anyone else).',
  })
  embedOrigins(@Parent() organisation: Organisation, @Context() ctx: ActorContext): string[] {
    return this.service.embedOriginsOf(organisation, ctx.actor);
  }

  @ResolveField(() => LicenceType, { description: 'The licence of its open data (default CC BY 4.0).' })
  licence(@Parent() organisation: Organisation): Licence {
    return licenceOf(organisation.licence);
  }
}
