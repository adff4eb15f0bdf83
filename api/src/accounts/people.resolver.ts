import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Cost } from '../common/cost';
import { Workspace } from '../workspace/workspace.type';
import { OrganisationAccount } from './dto/organisation-account.type';
import { PendingInvitation } from './dto/pending-invitation.type';
import { PeopleService } from './people.service';

/** The people of a small organisation: its executives and its plans' liaisons, priced as forty. */
const PEOPLE_COST = Cost({ listSize: 40 });

/** The workspace's People fields: an executive's view of the organisation's accounts and invitations. */
@Resolver(() => Workspace)
export class PeopleResolver {
  constructor(private readonly service: PeopleService) {}

  @ResolveField(() => [OrganisationAccount], {
    description:
      'An executive: the organisation’s executives and its plans’ liaisons, by name. FORBIDDEN for a liaison.',
  })
  @PEOPLE_COST
  people(@Parent() workspace: Workspace): Promise<OrganisationAccount[]> {
    return this.service.accountsOf(workspace.user);
  }

  @ResolveField(() => [PendingInvitation], {
    description:
      'An executive: the organisation’s invitations not yet accepted, newest first. FORBIDDEN for a liaison.',
  })
  @PEOPLE_COST
  invitations(@Parent() workspace: Workspace): Promise<PendingInvitation[]> {
    return this.service.invitationsOf(workspace.user);
  }
}
