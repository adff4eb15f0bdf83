import { useId } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { Link } from '../../../router';
import { roundtablePath } from '../../../routes/paths';
import { formatTimeSpan } from '../lib/roundtableTime';

export const RoundtableAsksAnsweredFragment = graphql(`
  fragment RoundtableAsksAnswered_commitment on Commitment {
    roundtableAsks {
      id
      statement
      roundtable {
        id
        title
        startsAt
        endsAt
      }
    }
  }
`);

/** On a commitment's page: what was raised at roundtables that this commitment (or a milestone of it) answers. */
export function RoundtableAsksAnswered({
  organisationSlug,
  planSlug,
  commitment: commitmentRef,
}: {
  organisationSlug: string;
  planSlug: string;
  commitment: FragmentType<typeof RoundtableAsksAnsweredFragment>;
}) {
  const { roundtableAsks } = getFragmentData(RoundtableAsksAnsweredFragment, commitmentRef);
  const headingId = useId();
  if (roundtableAsks.length === 0) return null;
  return (
    <section className="commitment-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Raised at roundtables</h2>
      <ul className="answered">
        {roundtableAsks.map((ask) => (
          <li key={ask.id} className="answered__item">
            <p className="answered__title">“{ask.statement}”</p>
            <p className="answered__report">
              At <Link to={roundtablePath(organisationSlug, planSlug, ask.roundtable.id)}>{ask.roundtable.title}</Link>,{' '}
              {formatTimeSpan(ask.roundtable.startsAt, ask.roundtable.endsAt).split(',')[0]}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
