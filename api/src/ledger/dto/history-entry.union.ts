import { createUnionType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination';
import { Revision } from '../../revisions/revision.entity';
import { StatusUpdate } from '../status-update.entity';

/** One line of a commitment's public history: a ledger entry or a revision of its wording or dates. */
export const HistoryEntry = createUnionType({
  name: 'HistoryEntry',
  types: () => [StatusUpdate, Revision] as const,
  resolveType: (value: StatusUpdate | Revision) => (value instanceof Revision ? Revision : StatusUpdate),
});

export const HistoryConnection = Connection(HistoryEntry, 'History');
