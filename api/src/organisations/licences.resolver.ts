import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/decorators';
import { Licence, LICENCES } from './licences';
import { LicenceType } from './organisations.resolver';

/** The licences an organisation may choose for its open data: the console's picker lists them. */
@Resolver(() => LicenceType)
export class LicencesResolver {
  @Public()
  @Query(() => [LicenceType], { description: 'The licences an organisation may publish its open data under.' })
  licences(): readonly Licence[] {
    return LICENCES;
  }
}
