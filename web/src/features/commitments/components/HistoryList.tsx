import { useId } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { HistoryList_EntryFragment } from '../../../__generated__/graphql';
import { formatCount, formatDate } from '../../../lib/format';
import { lensLabel, personLabel, reasonLabel } from '../../../lib/labels';
import { EntryBadge } from '../../../ui/Badges';
import { LazyMarkdown } from '../../../ui/LazyMarkdown';
import { RevisionEntry } from '../../../ui/RevisionEntry';
import { EvidenceList } from './EvidenceList';
import { ShowMoreButton } from '../../../ui/ShowMoreButton';
import '../history.css';

/** One entry of a commitment's history: a ledger entry or a revision of its wording or dates. */
export const HistoryListEntryFragment = graphql(`
  fragment HistoryList_entry on HistoryEntry {
    ... on StatusUpdate {
      id
      lens
      status
      narrative
      reasonCode
      createdAt
      subjectType
      onBehalfOfParty
      corrects {
        id
        createdAt
      }
      milestone {
        id
        title
      }
      author {
        id
        displayName
        role
      }
      evidence {
        ...EvidenceList_evidence
      }
    }
    ... on Revision {
      id
      field
      before
      after
      createdAt
      subjectId
      revisionSubject: subjectType
      version
      actor {
        id
        displayName
        role
      }
    }
  }
`);

/** A page of a commitment's history; the operation declares `$historyAfter` (null for the first page). */
export const HistoryListFragment = graphql(`
  fragment HistoryList_commitment on Commitment {
    history(first: 50, after: $historyAfter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...HistoryList_entry
        }
      }
    }
  }
`);

type Entry = HistoryList_EntryFragment;
type StatusEntry = Extract<Entry, { __typename: 'StatusUpdate' }>;
type RevisionEntry = Extract<Entry, { __typename: 'Revision' }>;

export interface HistoryListProps {
  /** The commitment with the pages of its history loaded so far. */
  commitment: FragmentType<typeof HistoryListFragment>;
  /** Titles of the commitment's milestones by id, to name the milestone a revision changed. */
  milestoneTitles: ReadonlyMap<string, string>;
  loadingMore: boolean;
  onShowMore: () => void;
}

function StatusItem({ entry, correctedOn }: { entry: StatusEntry; correctedOn: string | undefined }) {
  const subject =
    entry.subjectType === 'MILESTONE' && entry.milestone
      ? `Milestone “${entry.milestone.title}”`
      : lensLabel(entry.lens);
  return (
    <li className={`history-entry history-entry--${entry.lens === 'ASSESSMENT' ? 'assessment' : 'party'}`}>
      <p className="history-entry__meta">
        <time dateTime={entry.createdAt}>{formatDate(entry.createdAt)}</time>
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">, </span>
        {subject}
        {entry.subjectType === 'MILESTONE' ? '' : entry.onBehalfOfParty ? ' (recorded on the party’s behalf)' : ''}
      </p>
      {entry.corrects ? (
        <p className="history-entry__correction">Corrects the entry of {formatDate(entry.corrects.createdAt)}</p>
      ) : null}
      {correctedOn ? (
        <p className="history-entry__correction">Corrected by the entry of {formatDate(correctedOn)}</p>
      ) : null}
      <p className="history-entry__status">
        <EntryBadge subject={entry.subjectType} status={entry.status} />
        {entry.reasonCode ? (
          <span className="history-entry__reason">Reason: {reasonLabel(entry.reasonCode)}</span>
        ) : null}
      </p>
      {entry.narrative ? <LazyMarkdown>{entry.narrative}</LazyMarkdown> : null}
      <EvidenceList evidence={entry.evidence} asOf={entry.createdAt} />
      {entry.author ? <p className="history-entry__by">Recorded by {personLabel(entry.author)}</p> : null}
    </li>
  );
}

function RevisionItem({
  entry,
  milestoneTitles,
}: {
  entry: RevisionEntry;
  milestoneTitles: ReadonlyMap<string, string>;
}) {
  const milestone = entry.revisionSubject === 'MILESTONE' ? milestoneTitles.get(entry.subjectId) : undefined;
  const subject =
    entry.revisionSubject === 'MILESTONE'
      ? `Edit to milestone${milestone ? ` “${milestone}”` : ''}`
      : 'Edit to the commitment';
  return (
    <RevisionEntry
      createdAt={entry.createdAt}
      subject={subject}
      field={entry.field}
      before={entry.before}
      after={entry.after}
      actor={entry.actor}
    />
  );
}

/**
 * The full history, oldest first: every ledger entry (with its evidence, or the lack of it)
 * and every edit of the wording or dates, shown as a diff. Nothing here is ever rewritten.
 */
export function HistoryList({ commitment, milestoneTitles, loadingMore, onShowMore }: HistoryListProps) {
  const headingId = useId();
  const { history } = getFragmentData(HistoryListFragment, commitment);
  const { totalCount } = history;
  const entries = getFragmentData(
    HistoryListEntryFragment,
    history.edges.map((edge) => edge.node),
  );
  const correctedOn = new Map(
    entries.flatMap((entry) =>
      entry.__typename === 'StatusUpdate' && entry.corrects ? [[entry.corrects.id, entry.createdAt] as const] : [],
    ),
  );
  return (
    <section className="commitment-section" aria-labelledby={headingId}>
      <h2 id={headingId}>History</h2>
      <p className="section-intro">
        {formatCount(totalCount, 'entry', 'entries')}, oldest first. Entries are never edited or deleted; a correction
        is a new entry, and every edit of wording or dates is kept.
      </p>
      {entries.length === 0 ? (
        <p className="muted">Nothing has been recorded yet.</p>
      ) : (
        <ol className="history">
          {entries.map((entry) =>
            entry.__typename === 'StatusUpdate' ? (
              <StatusItem key={entry.id} entry={entry} correctedOn={correctedOn.get(entry.id)} />
            ) : (
              <RevisionItem key={entry.id} entry={entry} milestoneTitles={milestoneTitles} />
            ),
          )}
        </ol>
      )}
      {history.pageInfo.hasNextPage ? (
        <ShowMoreButton loading={loadingMore} onShowMore={onShowMore} what="entries" />
      ) : null}
    </section>
  );
}
