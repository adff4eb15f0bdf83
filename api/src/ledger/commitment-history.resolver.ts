import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Commitment } from '../commitments/commitment.entity';
import { ConnectionArgs, ConnectionShape, paginate } from '../common/pagination';
import { Revision } from '../revisions/revision.entity';
import { RevisionsService } from '../revisions/revisions.service';
import { HistoryConnection } from './dto/history-entry.union';
import { LedgerService } from './ledger.service';
import { StatusUpdate } from './status-update.entity';

type HistoryItem = StatusUpdate | Revision;

const historyKey = (item: HistoryItem): string =>
  `${item.createdAt}|${item instanceof Revision ? 'R' : 'S'}|${item.id}`;

/** A commitment's public history: ledger entries and revisions, in time order. */
@Resolver(() => Commitment)
export class CommitmentHistoryResolver {
  constructor(
    private readonly ledger: LedgerService,
    private readonly revisions: RevisionsService,
  ) {}

  @ResolveField(() => HistoryConnection, {
    description: 'Ledger entries and revisions of the commitment and its milestones, oldest first.',
  })
  async history(@Parent() commitment: Commitment, @Args() args: ConnectionArgs): Promise<ConnectionShape<HistoryItem>> {
    const [entries, revisions] = await Promise.all([
      this.ledger.findByCommitmentId(commitment.id),
      this.revisions.findByCommitmentId(commitment.id),
    ]);
    const items: HistoryItem[] = [...entries, ...revisions];
    items.sort((a, b) => (historyKey(a) < historyKey(b) ? -1 : historyKey(a) > historyKey(b) ? 1 : 0));
    return paginate(items, args, historyKey);
  }
}
