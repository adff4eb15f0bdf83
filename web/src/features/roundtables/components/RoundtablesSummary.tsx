import { useQuery } from '@apollo/client/react';
import { formatNumber } from '../../../lib/format';
import { Link } from '../../../router';
import { roundtablesPath } from '../../../routes/paths';
import { RoundtableSummaryQuery } from '../graphql/roundtables';
import '../roundtables.css';

/**
 * The plan dashboard's small "you said, we did" section: roundtables held, people who took
 * part, asks raised and asks answered by a commitment. Its own small query, so the dashboard's
 * main one stays as it was; nothing is shown until it answers, or when the plan has none.
 */
export function RoundtablesSummary({ organisationSlug, planSlug }: { organisationSlug: string; planSlug: string }) {
  const summary = useQuery(RoundtableSummaryQuery, { variables: { slug: planSlug } }).data?.plan?.roundtableSummary;
  if (!summary) return null;
  const link = roundtablesPath(organisationSlug, planSlug);
  const figures = [
    { figure: summary.held, text: summary.held === 1 ? 'roundtable held' : 'roundtables held' },
    { figure: summary.participants, text: summary.participants === 1 ? 'person took part' : 'people took part' },
    { figure: summary.asksRaised, text: summary.asksRaised === 1 ? 'ask raised' : 'asks raised' },
    { figure: summary.asksAnswered, text: 'answered by a commitment' },
  ];
  return (
    <section className="dashboard-section" aria-labelledby="roundtables-heading">
      <h2 id="roundtables-heading">Roundtables: you said, we did</h2>
      {summary.held === 0 ? (
        <p className="section-intro">
          No roundtable has been held yet. <Link to={link}>See the roundtables planned and register</Link>.
        </p>
      ) : (
        <>
          <ul className="roundtable-figures">
            {figures.map(({ figure, text }) => (
              <li key={text}>
                <span className="roundtable-figures__figure">{formatNumber(figure)}</span> {text}
              </li>
            ))}
          </ul>
          <p>
            <Link to={link}>What members raised and what answers it, and the roundtables to come</Link>
          </p>
        </>
      )}
    </section>
  );
}
