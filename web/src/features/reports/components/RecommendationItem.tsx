import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { Link } from '../../../router';
import { commitmentPath, recommendationAnchor } from '../../../routes/paths';
import { DeadlineBadge, FlagBadge, ResponseBadge } from '../../../ui/Badges';
import { StatusBadge } from '../../../ui/StatusBadge';
import { Reference } from '../../../ui/Reference';

/** A recommendation with the party's response and the commitments that answer it. */
export const RecommendationItemFragment = graphql(`
  fragment RecommendationItem_recommendation on Recommendation {
    id
    reference
    title
    body
    theme
    response
    isIllustrative
    commitments {
      id
      reference
      title
      assessment
      deadline
      plan {
        slug
        organisation {
          slug
        }
      }
    }
  }
`);

/** One recommendation: what was asked, how the party responded, and what answers it — or the gap. */
export function RecommendationItem({
  recommendation: recommendationRef,
}: {
  recommendation: FragmentType<typeof RecommendationItemFragment>;
}) {
  const recommendation = getFragmentData(RecommendationItemFragment, recommendationRef);
  const anchor = recommendationAnchor(recommendation.reference);
  const gap = recommendation.commitments.length === 0;
  return (
    <article className={`recommendation${gap ? ' recommendation--gap' : ''}`} aria-labelledby={`${anchor}-title`}>
      <h3 className="recommendation__title" id={`${anchor}-title`}>
        <Reference id={anchor} tabIndex={-1}>
          {recommendation.reference}
        </Reference>
        {recommendation.title}
      </h3>
      <p className="recommendation__badges">
        <ResponseBadge response={recommendation.response} />
        {gap ? <FlagBadge tone="negative">Gap: no commitment yet</FlagBadge> : null}
      </p>
      {recommendation.body ? <p className="recommendation__body">{recommendation.body}</p> : null}
      {recommendation.theme ? <p className="recommendation__theme">Theme: {recommendation.theme}</p> : null}
      {gap ? (
        <p className="recommendation__gap">No commitment in any plan answers this recommendation yet.</p>
      ) : (
        <>
          <p className="recommendation__answered-by">Answered by:</p>
          <ul className="recommendation__commitments">
            {recommendation.commitments.map((commitment) => (
              <li key={commitment.id}>
                <Link
                  to={commitmentPath(commitment.plan.organisation.slug, commitment.plan.slug, commitment.reference)}
                >
                  <Reference>{commitment.reference}</Reference>
                  {commitment.title}
                </Link>
                <span className="recommendation__lenses">
                  <StatusBadge status={commitment.assessment} />
                  <DeadlineBadge status={commitment.deadline} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
