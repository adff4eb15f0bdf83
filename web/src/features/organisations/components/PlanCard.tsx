import { useId } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { formatCount, formatDate, formatNumber, formatPercent } from '../../../lib/format';
import { Link } from '../../../router';
import { planPath } from '../../../routes/paths';
import { IllustrativeBadge } from '../../../ui/IllustrativeBadge';
import { ProgressBar } from '../../../ui/ProgressBar';
import { ASSESSMENT_ORDER, StatusBadge } from '../../../ui/StatusBadge';

/** Everything a plan card shows: the plan's headline progress. */
export const PlanCardFragment = graphql(`
  fragment PlanCard_plan on ActionPlan {
    slug
    title
    counterpart
    agreedOn
    isIllustrative
    summary {
      commitmentsTotal
      assessedTotal
      unassessedCount
      milestonesTotal
      milestonesComplete
      milestoneCompletionShare
      overdueCount
      dueSoonCount
      unverifiableCount
      byAssessment {
        status
        count
        share
      }
    }
  }
`);

export interface PlanCardProps {
  organisationSlug: string;
  plan: FragmentType<typeof PlanCardFragment>;
}

function agreement(counterpart: string | null | undefined, agreedOn: string | null | undefined) {
  if (counterpart && agreedOn) return `Agreed with ${counterpart} on ${formatDate(agreedOn)}`;
  if (counterpart) return `Agreed with ${counterpart}`;
  if (agreedOn) return `Agreed on ${formatDate(agreedOn)}`;
  return null;
}

/**
 * A plan's headline: milestone completion, and, separately, how many commitments there
 * are and how the organisation has assessed them — never one blended number (docs/domain.md, "Roll-up").
 */
export function PlanCard({ organisationSlug, plan: planRef }: PlanCardProps) {
  const plan = getFragmentData(PlanCardFragment, planRef);
  const headingId = useId();
  const assessmentId = useId();
  const { summary } = plan;
  const agreed = agreement(plan.counterpart, plan.agreedOn);
  const milestonePercent = formatPercent(summary.milestoneCompletionShare);
  // Unassessed commitments are counted above, never shown as an assessment.
  const assessed = ASSESSMENT_ORDER.flatMap((status) => {
    if (status === 'NOT_YET_ASSESSED') return [];
    const entry = summary.byAssessment.find((item) => item.status === status);
    return entry && entry.count > 0 ? [entry] : [];
  });

  return (
    <article className="plan-card" aria-labelledby={headingId}>
      <header className="plan-card__header">
        <h3 className="plan-card__title" id={headingId}>
          <Link to={planPath(organisationSlug, plan.slug)}>{plan.title}</Link>
        </h3>
        {plan.isIllustrative ? <IllustrativeBadge /> : null}
        {agreed ? <p className="plan-card__meta">{agreed}</p> : null}
      </header>

      <div className="plan-card__body">
        <section className="plan-card__section">
          <h4 className="plan-card__subheading">Milestones</h4>
          {summary.milestonesTotal > 0 ? (
            <ProgressBar
              label="Milestones complete"
              value={summary.milestonesComplete}
              max={summary.milestonesTotal}
              text={
                `${formatNumber(summary.milestonesComplete)} of ${formatCount(summary.milestonesTotal, 'milestone')} complete` +
                (milestonePercent ? ` (${milestonePercent})` : '')
              }
            />
          ) : (
            <p className="plan-card__none">No milestones set yet.</p>
          )}
        </section>
        <section className="plan-card__section">
          <h4 className="plan-card__subheading">Commitments</h4>
          <ul className="figures">
            <li>{formatCount(summary.commitmentsTotal, 'commitment')}</li>
            <li>{formatNumber(summary.unassessedCount)} not yet assessed</li>
            <li className={summary.overdueCount > 0 ? 'figures__alert' : undefined}>
              {formatNumber(summary.overdueCount)} overdue
            </li>
            <li>{formatNumber(summary.dueSoonCount)} due in the next 30 days</li>
            {summary.unverifiableCount > 0 ? (
              <li>{formatNumber(summary.unverifiableCount)} without an owner, due date or success criteria</li>
            ) : null}
          </ul>
        </section>
        <section className="plan-card__section">
          <h4 className="plan-card__subheading">Assessment</h4>
          {assessed.length > 0 ? (
            <>
              <p className="plan-card__caption" id={assessmentId}>
                Assessment of the {formatCount(summary.assessedTotal, 'assessed commitment')}:
              </p>
              <ul className="status-counts" aria-labelledby={assessmentId}>
                {assessed.map((entry) => (
                  <li key={entry.status}>
                    <StatusBadge status={entry.status} />
                    <span className="status-counts__figure">
                      <span className="visually-hidden">: </span>
                      {formatNumber(entry.count)}
                      {entry.share !== null && entry.share !== undefined ? ` (${formatPercent(entry.share)})` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="plan-card__none">No commitment has been assessed yet.</p>
          )}
        </section>
      </div>
    </article>
  );
}
