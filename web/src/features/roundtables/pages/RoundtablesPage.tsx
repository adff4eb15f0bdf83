import { useQuery } from '@apollo/client/react';
import { useRetry } from '../../../apollo/useRetry';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { homePath, planPath } from '../../../routes/paths';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { DraftBanner } from '../../../ui/DraftBanner';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { NOT_FOUND_TITLE, NotFoundPage } from '../../../ui/NotFoundPage';
import { problemTitle, QueryProblem } from '../../../ui/QueryProblem';
import { RoundtableCard } from '../components/RoundtableCard';
import { RoundtablesPageQuery } from '../graphql/roundtables';
import { splitRoundtables } from '../lib/splitRoundtables';
import '../roundtables.css';

const ERROR_TITLE = 'The roundtables could not be loaded';

export interface RoundtablesPageProps {
  organisationSlug: string;
  planSlug: string;
}

/** `/:org/:plan/roundtables` — the plan's roundtables: upcoming first (soonest first), then past (latest first). */
export function RoundtablesPage({ organisationSlug, planSlug }: RoundtablesPageProps) {
  const result = useQuery(RoundtablesPageQuery, { variables: { slug: planSlug } });
  const retry = useRetry(result);
  const plan = result.data?.plan;
  const wrongOrganisation = plan && plan.organisation.slug !== organisationSlug;
  useDocumentTitle(
    problemTitle(retry, ERROR_TITLE) ??
      (wrongOrganisation ? NOT_FOUND_TITLE : null) ??
      (plan ? `Roundtables – ${plan.title}` : null),
  );

  if (retry.error) return <QueryProblem {...retry} title={ERROR_TITLE} what="plan" />;
  if (!plan) return <LoadingNotice>Loading the roundtables…</LoadingNotice>;
  if (wrongOrganisation) return <NotFoundPage what="plan" />;

  const { upcoming, past } = splitRoundtables(plan.roundtables);
  const card = (roundtable: (typeof plan.roundtables)[number]) => (
    <li key={roundtable.id}>
      <RoundtableCard organisationSlug={organisationSlug} planSlug={plan.slug} roundtable={roundtable} />
    </li>
  );

  return (
    <div className="roundtables-page">
      <Breadcrumbs
        trail={[
          { label: 'All plans', to: homePath() },
          { label: plan.title, to: planPath(organisationSlug, plan.slug) },
        ]}
        current="Roundtables"
      />
      <header className="page-header">
        <p className="page-header__eyebrow">
          {plan.organisation.name} · {plan.title}
        </p>
        <h1>Roundtables</h1>
        {plan.publishedAt ? null : <DraftBanner />}
        <p className="lede">
          Meetings where members and others shape the plan. Register for one that suits you; after each, what was raised
          is shown beside what the plan does about it.
        </p>
      </header>
      <section className="dashboard-section" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming</h2>
        {upcoming.length === 0 ? (
          <p className="muted">No roundtable is planned at the moment.</p>
        ) : (
          <ul className="roundtable-list">{upcoming.map(card)}</ul>
        )}
      </section>
      <section className="dashboard-section" aria-labelledby="past-heading">
        <h2 id="past-heading">Past</h2>
        {past.length === 0 ? (
          <p className="muted">No roundtable has taken place yet.</p>
        ) : (
          <ul className="roundtable-list">{past.map(card)}</ul>
        )}
      </section>
    </div>
  );
}
