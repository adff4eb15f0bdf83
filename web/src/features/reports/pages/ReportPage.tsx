import { useQuery } from '@apollo/client/react';
import { useRetry } from '../../../apollo/useRetry';
import { displayUrl, formatCount, formatDate, formatNumber, safeExternalUrl } from '../../../lib/format';
import type { RecommendationResponse } from '../../../lib/labels';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Link } from '../../../router';
import { homePath, planPath, recommendationAnchor } from '../../../routes/paths';
import { ResponseBadge } from '../../../ui/Badges';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { FindingsChart } from '../../../ui/charts/FindingsChart';
import { IllustrativeBanner } from '../../../ui/IllustrativeBanner';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { NOT_FOUND_TITLE, NotFoundPage } from '../../../ui/NotFoundPage';
import { problemTitle, QueryProblem } from '../../../ui/QueryProblem';
import { RevisionHistory } from '../../console/components/RevisionHistory';
import { OpenDataLicence } from '../../plans/components/OpenData';
import { RecommendationItem } from '../components/RecommendationItem';
import { ReportPageQuery } from '../graphql/reportPage';
import { Reference } from '../../../ui/Reference';
import '../reports.css';

const ERROR_TITLE = 'The report could not be loaded';

const RESPONSE_ORDER: readonly RecommendationResponse[] = [
  'ACCEPTED_IN_FULL',
  'ACCEPTED_IN_PART',
  'NOT_ACCEPTED',
  'NO_RESPONSE',
];

export interface ReportPageProps {
  organisationSlug: string;
  reportSlug: string;
}

/** `/:org/reports/:slug` — the report's findings, every recommendation with what answers it, and every edit of the report and its findings. */
export function ReportPage({ organisationSlug, reportSlug }: ReportPageProps) {
  const result = useQuery(ReportPageQuery, { variables: { slug: reportSlug } });
  const retry = useRetry(result);
  const report = result.data?.report;
  const wrongOrganisation = report && report.organisation.slug !== organisationSlug;
  useDocumentTitle(
    problemTitle(retry, ERROR_TITLE) ??
      (wrongOrganisation ? NOT_FOUND_TITLE : null) ??
      (report ? `${report.title} – ${report.organisation.name}` : null),
  );

  if (retry.error) return <QueryProblem {...retry} title={ERROR_TITLE} what="report" />;
  if (!report) return <LoadingNotice>Loading the report…</LoadingNotice>;
  if (wrongOrganisation) return <NotFoundPage what="report" />;

  const findings = [...report.findings].sort((a, b) => a.position - b.position);
  const gaps = report.recommendations.filter((recommendation) => recommendation.commitments.length === 0);
  const answered = report.recommendations.length - gaps.length;
  const link = safeExternalUrl(report.url);
  const responses = RESPONSE_ORDER.flatMap((response) => {
    const count = report.recommendations.filter((recommendation) => recommendation.response === response).length;
    return count > 0 ? [[response, count] as const] : [];
  });
  const illustrativeRecommendations =
    !report.isIllustrative && report.recommendations.some((recommendation) => recommendation.isIllustrative);

  return (
    <div className="report-page">
      <Breadcrumbs trail={[{ label: 'All plans', to: homePath() }]} current={report.title} />
      <header className="page-header">
        <p className="page-header__eyebrow">{report.organisation.name} · Report</p>
        <h1>{report.title}</h1>
        {report.publishedOn ? <p className="page-header__meta">Published {formatDate(report.publishedOn)}</p> : null}
        {report.plans.some((plan) => plan.publishedAt) ? <OpenDataLicence organisation={report.organisation} /> : null}
        {report.isIllustrative ? (
          <IllustrativeBanner>This report is an example, not the organisation’s own record.</IllustrativeBanner>
        ) : null}
        {illustrativeRecommendations ? (
          <IllustrativeBanner>
            The findings are the report’s own. The recommendations, responses and commitments shown below are examples
            until the organisation enters its own.
          </IllustrativeBanner>
        ) : null}
        {report.summary ? <p className="lede">{report.summary}</p> : null}
        {link ? (
          <p>
            <a href={link.href}>
              Read the report<span className="visually-hidden">:</span>{' '}
              <span className="muted">({displayUrl(link)})</span>
            </a>
          </p>
        ) : null}
        {report.plans.length > 0 ? (
          <ul className="page-links">
            {report.plans.map((plan) => (
              <li key={plan.slug}>
                <Link className="button button--secondary" to={planPath(plan.organisation.slug, plan.slug)}>
                  Progress: {plan.title}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </header>

      <section className="dashboard-section" aria-labelledby="findings-heading">
        <h2 id="findings-heading">Key findings</h2>
        {findings.length > 0 ? (
          <FindingsChart findings={findings} label={`Key findings of ${report.title}`} />
        ) : (
          <p className="muted">The report’s findings have not been entered yet.</p>
        )}
      </section>

      <section className="dashboard-section" aria-labelledby="recommendations-heading">
        <h2 id="recommendations-heading">Recommendations</h2>
        <div className="report-layout">
          <div className="report-layout__side">
            <p className="section-intro">
              {formatCount(report.recommendations.length, 'recommendation')}: {formatNumber(answered)} answered by at
              least one commitment, {formatNumber(gaps.length)} with no commitment yet.
            </p>
            {responses.length > 0 ? (
              <>
                <p className="response-counts__title">The party’s response:</p>
                <ul className="response-counts">
                  {responses.map(([response, count]) => (
                    <li key={response}>
                      <ResponseBadge response={response} bare />
                      <span>{formatNumber(count)}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {gaps.length > 0 ? (
              <div className="callout callout--gap">
                <p className="callout__title">
                  {gaps.length === 1 ? 'A gap' : `${formatNumber(gaps.length)} gaps`}: recommendations with no
                  commitment
                </p>
                <ul>
                  {gaps.map((gap) => (
                    <li key={gap.id}>
                      <Link to={`#${recommendationAnchor(gap.reference)}`}>
                        <Reference>{gap.reference}</Reference>
                        {gap.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
          <ol className="recommendations report-layout__main">
            {report.recommendations.map((recommendation) => (
              <li key={recommendation.id}>
                <RecommendationItem recommendation={recommendation} />
              </li>
            ))}
          </ol>
        </div>
      </section>

      <section className="dashboard-section" aria-labelledby="history-heading">
        <h2 id="history-heading">History of the report</h2>
        <RevisionHistory subjectType="REPORT" subjectId={report.id} what="the report or its findings" />
      </section>
    </div>
  );
}
