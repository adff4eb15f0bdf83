import { useId } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { ProgressOverTime } from '../../../ui/charts/ProgressOverTime';
import { HowComputed } from '../../../ui/HowComputed';

export const ProgressSectionFragment = graphql(`
  fragment ProgressSection_series on ProgressSeries {
    dates
    unassessedCount
    milestonesComplete
    milestonesTotal
    byAssessment {
      status
      counts
    }
  }
`);

/**
 * The plan's progress month by month, rebuilt from the ledger. It comes as one list per figure
 * (`progressSeries`) rather than a point per month: a page reads its answer out of the Apollo
 * cache field by field, and some seventy points with their counts per status made that read one
 * of the longest tasks of the dashboard's start on a phone.
 */
export function ProgressSection({ series: seriesRef }: { series: FragmentType<typeof ProgressSectionFragment> }) {
  const series = getFragmentData(ProgressSectionFragment, seriesRef);
  const headingId = useId();
  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Progress over time</h2>
      <ProgressOverTime
        points={series.dates.map((date, i) => ({
          date,
          counts: series.byAssessment.map(({ status, counts }) => ({ status, count: counts[i] })),
          unassessed: series.unassessedCount[i],
          milestonesComplete: series.milestonesComplete[i],
          milestonesTotal: series.milestonesTotal[i],
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
