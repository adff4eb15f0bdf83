import { formatCount } from '../../../lib/format';
import { Link } from '../../../router';
import { consolePlanPath, planPath } from '../../../routes/paths';
import { DraftBadge } from '../../../ui/Badges';
import type { WorkspaceData } from '../hooks/useWorkspace';

interface WorkspacePlansProps {
  plans: WorkspaceData['plans'];
  /** An executive edits the plans; a liaison follows the links to the public pages. */
  editable: boolean;
}

export function WorkspacePlans({ plans, editable }: WorkspacePlansProps) {
  return (
    <section className="console-section" aria-labelledby="console-plans">
      <h2 id="console-plans">{editable ? 'Plans' : 'Your plans'}</h2>
      {plans.length === 0 ? (
        <p>{editable ? 'No plans yet: add the first one below.' : 'You are not attached to a plan yet.'}</p>
      ) : (
        <ul className="console-list">
          {plans.map((plan) => (
            <li key={plan.id} className="console-list__item">
              <h3 className="console-list__title">
                {editable ? (
                  <Link to={consolePlanPath(plan.slug)}>{plan.title}</Link>
                ) : (
                  <Link to={planPath(plan.organisation.slug, plan.slug)}>{plan.title}</Link>
                )}
              </h3>
              <p className="console-list__meta">
                {plan.publishedAt ? null : (
                  <>
                    <DraftBadge />{' '}
                  </>
                )}
                {plan.counterpart} · {formatCount(plan.summary.commitmentsTotal, 'commitment')}
                {plan.summary.unassessedCount > 0 ? ` · ${plan.summary.unassessedCount} not yet assessed` : ''}
                {plan.summary.overdueCount > 0 ? ` · ${plan.summary.overdueCount} overdue` : ''}
              </p>
              {editable ? (
                <p className="console-list__links">
                  <Link to={planPath(plan.organisation.slug, plan.slug)}>Public dashboard</Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
