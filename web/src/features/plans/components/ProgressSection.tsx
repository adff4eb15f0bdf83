import { useId } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { ProgressOverTime } from '../../../ui/charts/ProgressOverTime';
import { HowComputed } from '../../../ui/HowComputed';

export const ProgressSectionFragment = graphql(`
  fragment ProgressSection_point on ProgressPoint {
    date
    assessedTotal
    unassessedCount
    milestonesComplete
    milestonesTotal
    byAssessment {
      status
      count
    }
  }
`);

/** The plan's progress month by month, rebuilt from the ledger. */
export function ProgressSection({
  points: pointRefs,
}: {
  points: readonly FragmentType<typeof ProgressSectionFragment>[];
}) {
  const points = getFragmentData(ProgressSectionFragment, pointRefs);
  const headingId = useId();
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Progress over time</h2>
      <ProgressOverTime
        points={points.map((point) => ({
          date: point.date,
          counts: point.byAssessment,
          unassessed: point.unassessedCount,
          milestonesComplete: point.milestonesComplete,
          milestonesTotal: point.milestonesTotal,
        }))}
      />
      <HowComputed>
        <p>
          Each point is the plan as it stood at the end of a month (and today), rebuilt from the ledger: every
          commitment’s latest assessment recorded by that day, and the milestones whose latest status by that day was
          “Complete”. Ledger entries are never edited, so the past does not change when new entries are added.
        </p>
      </HowComputed>
    </section>
  );
}
