import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { AskAnswer_AskFragment } from '../../../__generated__/graphql';
import { Link } from '../../../router';
import { commitmentPath, recommendationAnchor, reportPath } from '../../../routes/paths';
import { DeadlineBadge, FlagBadge, MilestoneBadge, ResponseBadge } from '../../../ui/Badges';
import { Reference } from '../../../ui/Reference';
import { StatusBadge } from '../../../ui/StatusBadge';
import { formatCount, formatDate } from '../../../lib/format';
import { personLabel } from '../../../lib/labels';
import { LazyMarkdown } from '../../../ui/LazyMarkdown';

/** A ledger entry in brief: when, by whom, and what was said (its evidence is on the commitment's page). */
export const AskAnswerEntryFragment = graphql(`
  fragment AskAnswer_entry on StatusUpdate {
    id
    createdAt
    narrative
    onBehalfOfParty
    author {
      id
      displayName
      role
    }
  }
`);

export const AskAnswerFragment = graphql(`
  fragment AskAnswer_ask on RoundtableAsk {
    id
    statement
    theme
    raisedBy
    answered
    links {
      id
      recommendation {
        id
        reference
        title
        response
      }
      commitment {
        id
        reference
        title
        assessment
        partyReported
        deadline
        assessmentEntry {
          id
          createdAt
          ...AskAnswer_entry
        }
        partyReportedEntry {
          id
          createdAt
          ...AskAnswer_entry
        }
      }
      milestone {
        id
        reference
        title
        status
        deadline
        commitment {
          id
          reference
        }
        latestEntry {
          id
          ...AskAnswer_entry
        }
      }
    }
  }
`);

type Commitment = NonNullable<AskAnswer_AskFragment['links'][number]['commitment']>;

/** The latest word on what answers an ask: when, by whom, and what was said. */
function LatestEntry({ entry: entryRef }: { entry: FragmentType<typeof AskAnswerEntryFragment> | null | undefined }) {
  const entry = getFragmentData(AskAnswerEntryFragment, entryRef);
  if (!entry) return <p className="muted">No update recorded yet.</p>;
  return (
    <>
      <p className="ask__when">
        Latest update, {formatDate(entry.createdAt)}
        {entry.author ? ` by ${personLabel(entry.author)}` : ''}
        {entry.onBehalfOfParty ? ', on the party’s behalf' : ''}
      </p>
      {entry.narrative ? <LazyMarkdown>{entry.narrative}</LazyMarkdown> : null}
    </>
  );
}

/** The later of the commitment's two ledger entries: what was last said about it. */
function latestEntry(commitment: Commitment) {
  const entries = [commitment.assessmentEntry, commitment.partyReportedEntry].filter((entry) => entry != null);
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}

/**
 * One ask ("you said") beside what answers it ("we did"): each linked commitment's lenses and
 * its latest ledger entry, each milestone's status, each recommendation's response — or the gap.
 */
export function AskAnswer({
  ask: askRef,
  organisationSlug,
  planSlug,
  reportOf,
}: {
  ask: FragmentType<typeof AskAnswerFragment>;
  organisationSlug: string;
  planSlug: string;
  /** The slug of the report each recommendation of the plan belongs to, by the recommendation's id. */
  reportOf: ReadonlyMap<string, string>;
}) {
  const ask = getFragmentData(AskAnswerFragment, askRef);
  const gap = ask.links.length === 0;
  return (
    <article className={`ask${gap ? ' ask--gap' : ''}`} aria-label={ask.statement}>
      <div className="ask__said">
        <p className="ask__label">You said</p>
        <p className="ask__statement">{ask.statement}</p>
        <p className="ask__meta">
          {ask.theme ? <span>Theme: {ask.theme}</span> : null}
          {ask.raisedBy != null ? <span>Raised by {formatCount(ask.raisedBy, 'person', 'people')}</span> : null}
        </p>
      </div>
      <div className="ask__did">
        <p className="ask__label">We did</p>
        {gap ? (
          <>
            <FlagBadge tone="negative">Gap: nothing answers this yet</FlagBadge>
            <p className="ask__gap">No commitment, milestone or recommendation of the plan answers this ask yet.</p>
          </>
        ) : (
          <ul className="ask__answers">
            {ask.links.map((link) => (
              <li key={link.id}>
                {link.commitment ? (
                  <>
                    <Link to={commitmentPath(organisationSlug, planSlug, link.commitment.reference)}>
                      <Reference>{link.commitment.reference}</Reference>
                      {link.commitment.title}
                    </Link>
                    <span className="ask__lenses">
                      <StatusBadge status={link.commitment.assessment} prefix="Assessment" />
                      <StatusBadge status={link.commitment.partyReported} prefix="Party" />
                      <DeadlineBadge status={link.commitment.deadline} />
                    </span>
                    <div className="ask__entry">
                      <LatestEntry entry={latestEntry(link.commitment)} />
                    </div>
                  </>
                ) : null}
                {link.milestone ? (
                  <>
                    <Link to={commitmentPath(organisationSlug, planSlug, link.milestone.commitment.reference)}>
                      <Reference>{`${link.milestone.commitment.reference} ${link.milestone.reference}`}</Reference>
                      {link.milestone.title}
                    </Link>
                    <span className="ask__lenses">
                      <MilestoneBadge status={link.milestone.status} />
                      <DeadlineBadge status={link.milestone.deadline} />
                    </span>
                    <div className="ask__entry">
                      <LatestEntry entry={link.milestone.latestEntry} />
                    </div>
                  </>
                ) : null}
                {link.recommendation ? (
                  <>
                    {reportOf.has(link.recommendation.id) ? (
                      <Link
                        to={`${reportPath(organisationSlug, reportOf.get(link.recommendation.id)!)}#${recommendationAnchor(link.recommendation.reference)}`}
                      >
                        <Reference>{link.recommendation.reference}</Reference>
                        {link.recommendation.title}
                      </Link>
                    ) : (
                      <span>
                        <Reference>{link.recommendation.reference}</Reference>
                        {link.recommendation.title}
                      </span>
                    )}
                    <span className="ask__lenses">
                      <ResponseBadge response={link.recommendation.response} />
                    </span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  );
}
