import { useQuery } from '@apollo/client/react';
import { useRetry } from '../../../apollo/useRetry';
import { formatCount } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { homePath, planPath, roundtablesPath } from '../../../routes/paths';
import { FlagBadge } from '../../../ui/Badges';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { DraftBanner } from '../../../ui/DraftBanner';
import { LazyMarkdown } from '../../../ui/LazyMarkdown';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { NOT_FOUND_TITLE, NotFoundPage } from '../../../ui/NotFoundPage';
import { problemTitle, QueryProblem } from '../../../ui/QueryProblem';
import { AskAnswer } from '../components/AskAnswer';
import { RegistrationSection } from '../components/RegistrationSection';
import { RoundtablePageQuery } from '../graphql/roundtables';
import { audienceLabel, placesLabel, roundtableStatusLabel } from '../lib/labels';
import { formatTimeSpan } from '../lib/roundtableTime';
import '../roundtables.css';

const ERROR_TITLE = 'The roundtable could not be loaded';

export interface RoundtablePageProps {
  organisationSlug: string;
  planSlug: string;
  id: string;
}

/** `/:org/:plan/roundtables/:id` — one roundtable: what and when, registering, and "you said, we did" once held. */
export function RoundtablePage({ organisationSlug, planSlug, id }: RoundtablePageProps) {
  const result = useQuery(RoundtablePageQuery, { variables: { id } });
  const retry = useRetry(result);
  const roundtable = result.data?.roundtable;
  const plan = roundtable?.plan;
  const wrongAddress = plan && (plan.organisation.slug !== organisationSlug || plan.slug !== planSlug);
  useDocumentTitle(
    problemTitle(retry, ERROR_TITLE) ??
      (wrongAddress ? NOT_FOUND_TITLE : null) ??
      (roundtable && plan ? `${roundtable.title} – ${plan.title}` : null),
  );

  if (retry.error) return <QueryProblem {...retry} title={ERROR_TITLE} what="roundtable" />;
  if (!roundtable || !plan) return <LoadingNotice>Loading the roundtable…</LoadingNotice>;
  if (wrongAddress) return <NotFoundPage what="roundtable" />;

  const gaps = roundtable.asks.filter((ask) => !ask.answered);
  const reportOf = new Map(
    plan.reports.flatMap((report) => report.recommendations.map((recommendation) => [recommendation.id, report.slug])),
  );
  return (
    <div className="roundtable-page">
      <Breadcrumbs
        trail={[
          { label: 'All plans', to: homePath() },
          { label: plan.title, to: planPath(organisationSlug, plan.slug) },
          { label: 'Roundtables', to: roundtablesPath(organisationSlug, plan.slug) },
        ]}
        current={roundtable.title}
      />
      <header className="page-header">
        <p className="page-header__eyebrow">
          {plan.organisation.name} · Roundtable · {audienceLabel(roundtable.audience)}
        </p>
        <h1>{roundtable.title}</h1>
        {plan.publishedAt ? null : <DraftBanner />}
        {roundtable.status === 'CANCELLED' ? (
          <div className="callout callout--gap">
            <p className="callout__title">This roundtable is cancelled</p>
            {roundtable.cancellationReason ? <p>{roundtable.cancellationReason}</p> : null}
          </div>
        ) : null}
        <dl className="roundtable-facts roundtable-facts--page">
          <div>
            <dt>When</dt>
            <dd>{formatTimeSpan(roundtable.startsAt, roundtable.endsAt)} (UK time)</dd>
          </div>
          <div>
            <dt>Where</dt>
            <dd>
              {roundtable.online
                ? roundtable.status === 'UPCOMING'
                  ? 'Online: the joining link is given to people with a place'
                  : 'Online'
                : (roundtable.location ?? 'To be announced')}
            </dd>
          </div>
          <div>
            <dt>For</dt>
            <dd>{audienceLabel(roundtable.audience)}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              {roundtable.status === 'CANCELLED' ? (
                <FlagBadge tone="negative">Cancelled</FlagBadge>
              ) : (
                roundtableStatusLabel(roundtable.status)
              )}
            </dd>
          </div>
          {roundtable.status === 'HELD' ? (
            <div>
              <dt>Took part</dt>
              <dd>
                {roundtable.attendance != null
                  ? formatCount(roundtable.attendance, 'person', 'people')
                  : 'Not recorded'}
              </dd>
            </div>
          ) : (
            <div>
              <dt>Places</dt>
              <dd>
                {placesLabel(roundtable)}
                {roundtable.waitingCount > 0
                  ? ` (${formatCount(roundtable.waitingCount, 'person', 'people')} waiting)`
                  : ''}
              </dd>
            </div>
          )}
        </dl>
      </header>

      {roundtable.description ? (
        <section className="dashboard-section" aria-labelledby="about-heading">
          <h2 id="about-heading">About this roundtable</h2>
          <LazyMarkdown>{roundtable.description}</LazyMarkdown>
        </section>
      ) : null}

      {roundtable.status === 'UPCOMING' && roundtable.registrationOpen ? (
        <RegistrationSection roundtable={roundtable} organisation={plan.organisation.name} />
      ) : null}

      {roundtable.status === 'HELD' ? (
        <section className="dashboard-section" aria-labelledby="said-did-heading">
          <h2 id="said-did-heading">You said, we did</h2>
          {roundtable.asks.length === 0 ? (
            <p className="muted">What was raised at this roundtable has not been recorded yet.</p>
          ) : (
            <>
              <p className="section-intro">
                {formatCount(roundtable.asks.length, 'thing')} raised; {roundtable.asks.length - gaps.length} answered
                by the plan. Each is shown beside what answers it and where that stands now.
              </p>
              {gaps.length > 0 ? (
                <div className="callout callout--gap">
                  <p className="callout__title">
                    {gaps.length === 1 ? 'A gap' : `${gaps.length} gaps`}: raised here, not answered by the plan yet
                  </p>
                  <ul>
                    {gaps.map((gap) => (
                      <li key={gap.id}>{gap.statement}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <ul className="ask-list">
                {roundtable.asks.map((ask) => (
                  <li key={ask.id}>
                    <AskAnswer ask={ask} organisationSlug={organisationSlug} planSlug={plan.slug} reportOf={reportOf} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
