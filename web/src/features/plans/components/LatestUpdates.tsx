import { useId } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { formatCount, formatDate } from '../../../lib/format';
import { lensLabel, reasonLabel } from '../../../lib/labels';
import { excerpt } from '../../../lib/markdownText';
import { Link } from '../../../router';
import { commitmentPath } from '../../../routes/paths';
import { EntryBadge } from '../../../ui/Badges';
import { Reference } from '../../../ui/Reference';

export const LatestUpdatesFragment = graphql(`
  fragment LatestUpdates_entry on StatusUpdate {
    id
    lens
    status
    createdAt
    narrative
    reasonCode
    subjectType
    onBehalfOfParty
    milestone {
      id
      title
    }
    commitment {
      id
      reference
      title
    }
    author {
      id
      displayName
      role
    }
    evidence {
      id
      kind
    }
  }
`);

export interface LatestUpdatesProps {
  organisationSlug: string;
  planSlug: string;
  entries: readonly FragmentType<typeof LatestUpdatesFragment>[];
  /** How many to show. */
  limit?: number;
}

/** The newest entries of the plan's ledger, newest first, each linking to its commitment. */
export function LatestUpdates({ organisationSlug, planSlug, entries: entryRefs, limit = 6 }: LatestUpdatesProps) {
  const entries = getFragmentData(LatestUpdatesFragment, entryRefs);
  const headingId = useId();
  // The API lists entries in the order they were written; entries can be dated earlier than
  // that (a record entered after the fact), so they are put in date order here.
  const newestFirst = [...entries]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id))
    .slice(0, limit);

  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Latest updates</h2>
      {newestFirst.length === 0 ? (
        <p className="muted">Nothing has been recorded yet.</p>
      ) : (
        <ol className="updates">
          {newestFirst.map((entry) => (
            <li key={entry.id} className="update">
              <p className="update__meta">
                <time dateTime={entry.createdAt}>{formatDate(entry.createdAt)}</time>
                <span aria-hidden="true"> · </span>
                <span className="visually-hidden">, </span>
                {entry.subjectType === 'MILESTONE' ? 'Milestone' : lensLabel(entry.lens)}
                {entry.onBehalfOfParty ? ' (recorded for the party)' : ''}
              </p>
              <p className="update__subject">
                <Link to={commitmentPath(organisationSlug, planSlug, entry.commitment.reference)}>
                  <Reference>{entry.commitment.reference}</Reference>
                  {entry.commitment.title}
                </Link>
                {entry.milestone ? <span className="update__milestone">Milestone: {entry.milestone.title}</span> : null}
              </p>
              <p className="update__status">
                <EntryBadge subject={entry.subjectType} status={entry.status} />
                {entry.reasonCode ? (
                  <span className="update__reason">Reason: {reasonLabel(entry.reasonCode)}</span>
                ) : null}
              </p>
              {entry.narrative ? <p className="update__text">{excerpt(entry.narrative, 220)}</p> : null}
              <p className="update__source">
                {entry.evidence.length > 0
                  ? `${formatCount(entry.evidence.length, 'piece')} of evidence`
                  : `No public evidence as of ${formatDate(entry.createdAt)}`}
                {entry.author ? ` · Recorded by ${entry.author.displayName}` : ''}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
