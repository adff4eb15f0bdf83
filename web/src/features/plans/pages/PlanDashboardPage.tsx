import { useQuery } from '@apollo/client/react';
import { useRetry } from '../../../apollo/useRetry';
import { formatCount, formatDate } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Link } from '../../../router';
import { commitmentsPath, homePath, reportPath, roundtablesPath } from '../../../routes/paths';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { DraftBanner } from '../../../ui/DraftBanner';
import { IllustrativeBanner } from '../../../ui/IllustrativeBanner';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { NOT_FOUND_TITLE, NotFoundPage } from '../../../ui/NotFoundPage';
import { problemTitle, QueryProblem } from '../../../ui/QueryProblem';
import { HeadlineFigures } from '../components/HeadlineFigures';
import { KeyFindings } from '../components/KeyFindings';
import { LatestUpdates } from '../components/LatestUpdates';
import { NeedsAttention } from '../components/NeedsAttention';
import { DownloadTheData, OpenDataLicence } from '../components/OpenData';
import { ProgressSection } from '../components/ProgressSection';
import { ThemesBreakdown } from '../components/ThemesBreakdown';
import { LiveRefresh, PlanChangedSubscription } from '../../live';
import { RoundtablesSummary } from '../../roundtables/components/RoundtablesSummary';
import { FOLLOW_SECTION_ID, FollowPlan, FollowSection } from '../../follow';
import { PlanDashboardQuery } from '../graphql/planDashboard';
import { EmbedOrShare } from '../../embed/EmbedOrShare';
import '../plans.css';

const ERROR_TITLE = 'The plan could not be loaded';

export interface PlanDashboardPageProps {
  organisationSlug: string;
  planSlug: string;
}

/** `/:org/:plan` — the plan's dashboard. */
export function PlanDashboardPage({ organisationSlug, planSlug }: PlanDashboardPageProps) {
  const result = useQuery(PlanDashboardQuery, { variables: { slug: planSlug } });
  const retry = useRetry(result);
  const plan = result.data?.plan;
  // Plan slugs are unique across the installation; the organisation in the address must match.
  const wrongOrganisation = plan && plan.organisation.slug !== organisationSlug;
  useDocumentTitle(
    problemTitle(retry, ERROR_TITLE) ??
      (wrongOrganisation ? NOT_FOUND_TITLE : null) ??
      (plan ? `${plan.title} – ${plan.organisation.name}` : null),
  );

  if (retry.error) return <QueryProblem {...retry} title={ERROR_TITLE} what="plan" />;
  if (!plan) return <LoadingNotice>Loading the plan…</LoadingNotice>;
  if (wrongOrganisation) return <NotFoundPage what="plan" />;

  const { summary } = plan;
  const agreed = [`Agreed with ${plan.counterpart}`, plan.agreedOn ? ` on ${formatDate(plan.agreedOn)}` : ''].join('');

  return (
    <div className="plan-dashboard">
      <Breadcrumbs trail={[{ label: 'All plans', to: homePath() }]} current={plan.title} />
      <header className="page-header">
        <p className="page-header__eyebrow">{plan.organisation.name}</p>
        <h1>{plan.title}</h1>
        <p className="page-header__meta">{agreed}</p>
        {plan.publishedAt ? <OpenDataLicence organisation={plan.organisation} /> : null}
        {plan.publishedAt ? null : <DraftBanner />}
        {plan.isIllustrative ? (
          <IllustrativeBanner>
            The commitments, milestones and updates here are examples, not the organisation’s own record.
          </IllustrativeBanner>
        ) : null}
        <ul className="page-nav" aria-label="More about this plan">
          <li>
            <Link to={commitmentsPath(organisationSlug, plan.slug)}>
              All {formatCount(summary.commitmentsTotal, 'commitment')}
            </Link>
          </li>
          {plan.reports.map((report) => (
            <li key={report.slug}>
              <Link to={reportPath(organisationSlug, report.slug)}>The report’s recommendations</Link>
            </li>
          ))}
          <li>
            <Link to={roundtablesPath(organisationSlug, plan.slug)}>Roundtables</Link>
          </li>
          <li>
            <Link to="#about">About this plan</Link>
          </li>
          {plan.publishedAt ? (
            <>
              <li>
                <Link to={`#${FOLLOW_SECTION_ID}`}>Follow or share</Link>
              </li>
              <li>
                <Link to="#download">Download the data</Link>
              </li>
            </>
          ) : null}
        </ul>
        <LiveRefresh
          subscription={PlanChangedSubscription}
          variables={{ slug: planSlug }}
          seen={plan.changeSequence}
          refetch={result.refetch}
        />
      </header>

      <HeadlineFigures organisationSlug={organisationSlug} planSlug={plan.slug} summary={summary} />
      <NeedsAttention
        organisationSlug={organisationSlug}
        planSlug={plan.slug}
        overdue={{ totalCount: plan.overdue.totalCount, items: plan.overdue.edges.map((edge) => edge.node) }}
        dueSoon={{ totalCount: plan.dueSoon.totalCount, items: plan.dueSoon.edges.map((edge) => edge.node) }}
        disagreements={{
          totalCount: plan.disagreements.totalCount,
          items: plan.disagreements.edges.map((edge) => edge.node),
        }}
        unverifiable={{
          totalCount: plan.unverifiable.totalCount,
          items: plan.unverifiable.edges.map((edge) => edge.node),
        }}
      />
      <LatestUpdates organisationSlug={organisationSlug} planSlug={plan.slug} entries={plan.latestUpdates} />
      <ThemesBreakdown organisationSlug={organisationSlug} planSlug={plan.slug} themes={plan.themes} />
      <ProgressSection series={plan.progressSeries} />
      <RoundtablesSummary organisationSlug={organisationSlug} planSlug={plan.slug} />
      <FollowSection published={Boolean(plan.publishedAt)}>
        <FollowPlan
          organisationSlug={organisationSlug}
          planSlug={plan.slug}
          title={plan.title}
          published={Boolean(plan.publishedAt)}
        />
        <EmbedOrShare organisationSlug={organisationSlug} plan={plan} />
      </FollowSection>
      <section className="dashboard-section" aria-labelledby="about">
        <h2 id="about" tabIndex={-1}>
          About this plan
        </h2>
        {plan.description ? <p className="section-intro">{plan.description}</p> : null}
        {plan.reports.map((report) => (
          <KeyFindings key={report.slug} organisationSlug={organisationSlug} report={report} />
        ))}
      </section>
      {/* A draft is not open data: its executives download it from the console. */}
      {plan.publishedAt ? (
        <DownloadTheData organisationSlug={organisationSlug} planSlug={plan.slug} organisation={plan.organisation} />
      ) : null}
    </div>
  );
}
