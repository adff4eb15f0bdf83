import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { formatCount } from '../../../lib/format';
import { Link } from '../../../router';
import { roundtablePath } from '../../../routes/paths';
import { FlagBadge } from '../../../ui/Badges';
import { audienceLabel, placesLabel, roundtableStatusLabel } from '../lib/labels';
import { formatTimeSpan } from '../lib/roundtableTime';

export const RoundtableCardFragment = graphql(`
  fragment RoundtableCard_roundtable on Roundtable {
    id
    title
    audience
    startsAt
    endsAt
    location
    online
    placesLeft
    registrationOpen
    status
    cancellationReason
    attendance
    asks {
      id
      answered
    }
  }
`);

/** One roundtable in the plan's list: who it is for, when and where, places, and its status. */
export function RoundtableCard({
  organisationSlug,
  planSlug,
  roundtable: roundtableRef,
}: {
  organisationSlug: string;
  planSlug: string;
  roundtable: FragmentType<typeof RoundtableCardFragment>;
}) {
  const roundtable = getFragmentData(RoundtableCardFragment, roundtableRef);
  const answered = roundtable.asks.filter((ask) => ask.answered).length;
  return (
    <article className="roundtable-card" aria-labelledby={`roundtable-${roundtable.id}`}>
      <h3 className="roundtable-card__title" id={`roundtable-${roundtable.id}`}>
        <Link to={roundtablePath(organisationSlug, planSlug, roundtable.id)}>{roundtable.title}</Link>
      </h3>
      <p className="roundtable-card__badges">
        <span className="roundtable-tag">{audienceLabel(roundtable.audience)}</span>
        {roundtable.status === 'CANCELLED' ? (
          <FlagBadge tone="negative">Cancelled</FlagBadge>
        ) : (
          <span className={`roundtable-status roundtable-status--${roundtable.status.toLowerCase()}`}>
            {roundtableStatusLabel(roundtable.status)}
          </span>
        )}
      </p>
      <dl className="roundtable-facts">
        <div>
          <dt>When</dt>
          <dd>{formatTimeSpan(roundtable.startsAt, roundtable.endsAt)}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>{roundtable.online ? 'Online' : (roundtable.location ?? 'To be announced')}</dd>
        </div>
        {roundtable.status === 'UPCOMING' ? (
          <div>
            <dt>Places</dt>
            <dd>{placesLabel(roundtable)}</dd>
          </div>
        ) : null}
        {roundtable.status === 'HELD' ? (
          <div>
            <dt>You said, we did</dt>
            <dd>
              {roundtable.attendance != null
                ? `${formatCount(roundtable.attendance, 'person', 'people')} took part; `
                : ''}
              {formatCount(roundtable.asks.length, 'ask')} raised, {answered} answered
            </dd>
          </div>
        ) : null}
      </dl>
      {roundtable.status === 'CANCELLED' && roundtable.cancellationReason ? (
        <p className="roundtable-card__reason">Cancelled: {roundtable.cancellationReason}</p>
      ) : null}
    </article>
  );
}
