import { useId, type ReactNode } from 'react';
import type { EmbedCommitmentQuery, EmbedPlanQuery } from '../../__generated__/graphql';
import { formatCount, formatDate, formatNumber, formatPercent } from '../../lib/format';
import { commitmentPath, planPath } from '../../routes/paths';
import { DeadlineBadge } from '../../ui/Badges';
import { DistributionBar } from '../../ui/DistributionBar';
import { ProgressBar } from '../../ui/ProgressBar';
import { StatusBadge } from '../../ui/StatusBadge';
import type { EmbedSize } from './sizes';

type EmbedPlan = NonNullable<EmbedPlanQuery['plan']>;
type EmbedCommitmentPlan = NonNullable<EmbedCommitmentQuery['plan']>;
type EmbedCommitment = NonNullable<EmbedCommitmentPlan['commitment']>;

/** The frame of every embed: who and what, the content, a link to the full record that opens outside the frame. */
function EmbedFrame({
  eyebrow,
  title,
  link,
  linkText,
  note,
  size,
  children,
}: {
  eyebrow: string;
  title: string;
  link: string;
  linkText: string;
  note: string | null;
  size: EmbedSize | null;
  children: ReactNode;
}) {
  return (
    <main className={`embed embed--${size ?? 'responsive'}`}>
      <header className="embed__head">
        <p className="embed__eyebrow">{eyebrow}</p>
        <h1 className="embed__title">{title}</h1>
      </header>
      {children}
      <footer className="embed__foot">
        <a className="embed__link" href={link} target="_blank" rel="noopener">
          {linkText}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        {note ? <span className="embed__note">{note}</span> : null}
      </footer>
    </main>
  );
}

/** `/embed/<org>/<plan>`: milestones complete, commitments assessed and how, the overdue count. */
export function EmbedPlanView({ plan, size }: { plan: EmbedPlan; size: EmbedSize | null }) {
  const { summary } = plan;
  const milestonesId = useId();
  const assessmentId = useId();
  const percent = formatPercent(summary.milestoneCompletionShare);
  const narrow = size === '320x400';
  return (
    <EmbedFrame
      eyebrow={plan.organisation.name}
      title={plan.title}
      link={planPath(plan.organisation.slug, plan.slug)}
      linkText="See the full record"
      note={`As of ${formatDate(summary.asOf)}`}
      size={size}
    >
      <div className="embed__figures">
        <section className="embed__panel embed__milestones" aria-labelledby={milestonesId}>
          <h2 className="embed__heading" id={milestonesId}>
            Milestones complete
          </h2>
          {summary.milestonesTotal > 0 ? (
            <>
              <p className="embed__big" aria-hidden="true">
                {percent}
              </p>
              <ProgressBar
                label="Milestones complete"
                value={summary.milestonesComplete}
                max={summary.milestonesTotal}
                text={`${formatNumber(summary.milestonesComplete)} of ${formatCount(summary.milestonesTotal, 'milestone')}`}
              />
            </>
          ) : (
            <p className="embed__muted">No milestones set yet.</p>
          )}
        </section>
        <section className="embed__panel embed__assessment" aria-labelledby={assessmentId}>
          <h2 className="embed__heading" id={assessmentId}>
            Commitments assessed
          </h2>
          <p className="embed__lede">
            <strong>{formatNumber(summary.assessedTotal)}</strong> of{' '}
            {formatCount(summary.commitmentsTotal, 'commitment')}
          </p>
          <DistributionBar
            label="Commitments by assessment"
            counts={summary.byAssessment}
            unassessed={summary.unassessedCount}
            compact={narrow}
          />
        </section>
        <p className={`embed__overdue${summary.overdueCount > 0 ? ' embed__overdue--alert' : ''}`}>
          <strong className="embed__overdue-figure">{formatNumber(summary.overdueCount)}</strong>{' '}
          {summary.overdueCount === 1 ? 'commitment is' : 'commitments are'} overdue
        </p>
      </div>
    </EmbedFrame>
  );
}

function LensRow({ title, by, children }: { title: string; by: string; children: ReactNode }) {
  return (
    <div className="embed__lens">
      <dt>
        <span className="embed__lens-title">{title}</span>
        <span className="embed__lens-by">{by}</span>
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

/** `/embed/<org>/<plan>/<ref>`: one commitment's three lenses and its deadline. */
export function EmbedCommitmentView({
  plan,
  commitment,
  size,
}: {
  plan: EmbedCommitmentPlan;
  commitment: EmbedCommitment;
  size: EmbedSize | null;
}) {
  const due = commitment.dueDate ? `Due ${formatDate(commitment.dueDate)}` : 'No due date set';
  return (
    <EmbedFrame
      eyebrow={`${plan.organisation.name} · ${plan.title}`}
      title={`${commitment.reference}: ${commitment.title}`}
      link={commitmentPath(plan.organisation.slug, plan.slug, commitment.reference)}
      linkText="See this commitment"
      note={commitment.completedOn ? `Completed ${formatDate(commitment.completedOn)}` : null}
      size={size}
    >
      <dl className="embed__lenses">
        <LensRow title="Assessment" by={plan.organisation.name}>
          <StatusBadge status={commitment.assessment} />
        </LensRow>
        <LensRow title="Party’s account" by={plan.counterpart}>
          <StatusBadge status={commitment.partyReported} />
        </LensRow>
        <LensRow title="Deadline" by={due}>
          <DeadlineBadge status={commitment.deadline} />
        </LensRow>
      </dl>
      {commitment.disagreement ? <p className="embed__disagreement">The two accounts disagree.</p> : null}
    </EmbedFrame>
  );
}

/** An embed that names nothing: an unknown or draft plan or commitment, or a size that is not offered. */
export function EmbedProblem({ title, text }: { title: string; text: string }) {
  return (
    <main className="embed embed--responsive">
      <h1 className="embed__title">{title}</h1>
      <p className="embed__muted">{text}</p>
    </main>
  );
}
