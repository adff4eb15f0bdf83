import { formatDate } from '../../../lib/format';
import { Link } from '../../../router';
import { commitmentPath } from '../../../routes/paths';
import { StatusBadge } from '../../../ui/StatusBadge';
import type { WorkspaceData } from '../hooks/useWorkspace';

/** A liaison's to-do list: assessments newer than their own latest response, oldest first. */
export function AwaitingResponseList({ commitments }: { commitments: WorkspaceData['awaitingResponse'] }) {
  return (
    <section className="console-section" aria-labelledby="console-awaiting">
      <h2 id="console-awaiting">Waiting for your response</h2>
      {commitments.length === 0 ? (
        <p>You have responded to every current assessment. New assessments will appear here.</p>
      ) : (
        <>
          <p>
            The network has assessed these commitments since you last responded. Open one to agree or disagree, or to
            give the party’s own account.
          </p>
          <ul className="console-list">
            {commitments.map((commitment) => (
              <li key={commitment.id} className="console-list__item">
                <h3 className="console-list__title">
                  <Link
                    to={commitmentPath(commitment.plan.organisation.slug, commitment.plan.slug, commitment.reference)}
                  >
                    {commitment.reference} · {commitment.title}
                  </Link>
                </h3>
                <p className="console-list__meta">
                  Assessed <StatusBadge status={commitment.assessment} />
                  {commitment.assessmentEntry ? ` on ${formatDate(commitment.assessmentEntry.createdAt)}` : ''}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
