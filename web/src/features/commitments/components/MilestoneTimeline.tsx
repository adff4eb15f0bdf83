import { useId } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { MilestoneTimeline_MilestoneFragment } from '../../../__generated__/graphql';
import { formatDate } from '../../../lib/format';
import { reasonLabel } from '../../../lib/labels';
import { DeadlineBadge, MilestoneBadge } from '../../../ui/Badges';

export const MilestoneTimelineFragment = graphql(`
  fragment MilestoneTimeline_milestone on Milestone {
    id
    title
    description
    dueDate
    status
    deadline
    completedOn
    latestEntry {
      id
      createdAt
      reasonCode
    }
  }
`);

export interface MilestoneTimelineProps {
  milestones: readonly FragmentType<typeof MilestoneTimelineFragment>[];
  /** Today (YYYY-MM-DD, UK); a "today" marker sits between past and future due dates. */
  today: string;
}

/** The commitment's milestones on a line, by due date, with their status and any lateness. */
export function MilestoneTimeline({ milestones: milestoneRefs, today }: MilestoneTimelineProps) {
  const milestones = getFragmentData(MilestoneTimelineFragment, milestoneRefs);
  const headingId = useId();
  const ordered = [...milestones].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const todayIndex = ordered.findIndex((milestone) => !milestone.dueDate || milestone.dueDate > today);
  const items = ordered.map((milestone) => ({ milestone, today: false as const }));
  const withToday: ({ milestone: MilestoneTimeline_MilestoneFragment; today: false } | { today: true })[] = [...items];
  if (ordered.length > 0) withToday.splice(todayIndex === -1 ? ordered.length : todayIndex, 0, { today: true });

  return (
    <section className="commitment-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Milestones</h2>
      {ordered.length === 0 ? (
        <p className="muted">No milestones have been set for this commitment.</p>
      ) : (
        <ol className="timeline">
          {withToday.map((item) =>
            item.today ? (
              <li key="today" className="timeline__today">
                <span className="timeline__today-label">Today, {formatDate(today)}</span>
              </li>
            ) : (
              <li
                key={item.milestone.id}
                className={`timeline__item timeline__item--${item.milestone.status.toLowerCase()}`}
              >
                <span className="timeline__marker" aria-hidden="true" />
                <div className="timeline__body">
                  <p className="timeline__date">
                    {item.milestone.dueDate ? `Due ${formatDate(item.milestone.dueDate)}` : 'No due date'}
                  </p>
                  <h3 className="timeline__title">{item.milestone.title}</h3>
                  {item.milestone.description ? (
                    <p className="timeline__description">{item.milestone.description}</p>
                  ) : null}
                  <p className="timeline__status">
                    <MilestoneBadge status={item.milestone.status} />
                    {item.milestone.deadline === 'OVERDUE' || item.milestone.deadline === 'MET_LATE' ? (
                      <DeadlineBadge status={item.milestone.deadline} />
                    ) : null}
                  </p>
                  {item.milestone.completedOn ? (
                    <p className="timeline__note">Completed {formatDate(item.milestone.completedOn)}.</p>
                  ) : null}
                  {item.milestone.latestEntry?.reasonCode ? (
                    <p className="timeline__note">Reason: {reasonLabel(item.milestone.latestEntry.reasonCode)}.</p>
                  ) : null}
                </div>
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
