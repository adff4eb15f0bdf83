import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/decorators';
import { ORGANISATIONS_COST } from '../common/cost';
import { SlugArgs } from '../common/lookup.args';
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
}
