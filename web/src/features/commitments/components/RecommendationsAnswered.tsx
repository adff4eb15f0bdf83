import { useId } from 'react';
import type { RecommendationResponse } from '../../../lib/labels';
import { Link } from '../../../router';
import { recommendationAnchor, reportPath } from '../../../routes/paths';
import { ResponseBadge } from '../../../ui/Badges';
import { Reference } from '../../../ui/Reference';

export interface AnsweredRecommendation {
  id: string;
  reference: string;
  title: string;
  response: RecommendationResponse;
  /** The report it belongs to, when known. */
  report: { slug: string; title: string } | null;
}

/** The report recommendations this commitment answers, each linking to its place in the report. */
export function RecommendationsAnswered({
  organisationSlug,
  recommendations,
}: {
  organisationSlug: string;
  recommendations: readonly AnsweredRecommendation[];
}) {
  const headingId = useId();
  return (
    <section className="commitment-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Recommendations it answers</h2>
      {recommendations.length === 0 ? (
        <p className="muted">This commitment is not linked to a recommendation of the report.</p>
      ) : (
        <ul className="answered">
          {recommendations.map((recommendation) => (
            <li key={recommendation.id} className="answered__item">
              <p className="answered__title">
                {recommendation.report ? (
                  <Link
                    to={`${reportPath(organisationSlug, recommendation.report.slug)}#${recommendationAnchor(recommendation.reference)}`}
                  >
                    <Reference>{recommendation.reference}</Reference>
                    {recommendation.title}
                  </Link>
                ) : (
                  <>
                    <Reference>{recommendation.reference}</Reference>
                    {recommendation.title}
                  </>
                )}
              </p>
              {recommendation.report ? <p className="answered__report">From {recommendation.report.title}</p> : null}
              <ResponseBadge response={recommendation.response} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
