import { useId, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { filtersToSearch, NO_FILTERS } from '../../../lib/filters';
import { formatCount, formatDate, formatNumber, formatPercent } from '../../../lib/format';
import { Link } from '../../../router';
import { commitmentsPath } from '../../../routes/paths';
import { DistributionBar } from '../../../ui/DistributionBar';
import { HowComputed } from '../../../ui/HowComputed';
import { ProgressBar } from '../../../ui/ProgressBar';

/** The milestone bar, the assessment distribution and the counts of the plan's headline. */
export const HeadlineFiguresFragment = graphql(`
  fragment HeadlineFigures_summary on PlanSummary {
    asOf
    commitmentsTotal
    assessedTotal
    unassessedCount
    milestonesTotal
    milestonesComplete
    milestoneCompletionShare
    overdueCount
    dueSoonCount
    unverifiableCount
    disagreementCount
    byAssessment {
      status
      count
      share
    }
  }
`);

export interface HeadlineFiguresProps {
  organisationSlug: string;
  planSlug: string;
  summary: FragmentType<typeof HeadlineFiguresFragment>;
}

interface Tile {
  figure: number;
  text: string;
  to: string;
  alert?: boolean;
  icon: ReactNode;
}

const ICON_PROPS = {
  viewBox: '0 0 16 16',
  width: 20,
  height: 20,
  'aria-hidden': true,
  focusable: false,
  stroke: 'currentColor',
  strokeWidth: 1.6,
  fill: 'none',
} as const;

const ICONS = {
  overdue: (
    <svg {...ICON_PROPS}>
      <path d="M8 2.2 14 13H2Z" strokeLinejoin="round" />
      <path d="M8 6.4v3" strokeLinecap="round" />
      <circle cx="8" cy="11.2" r="0.45" fill="currentColor" />
    </svg>
  ),
  soon: (
    <svg {...ICON_PROPS}>
      <path d="M4.5 2.5h7M4.5 13.5h7" strokeLinecap="round" />
      <path d="M5.3 2.5c0 3 5.4 3 5.4 5.5s-5.4 2.5-5.4 5.5M10.7 2.5c0 3-5.4 3-5.4 5.5s5.4 2.5 5.4 5.5" />
    </svg>
  ),
  differs: (
    <svg {...ICON_PROPS}>
      <path
        d="M2.5 5.5h8M8 3l2.5 2.5L8 8M13.5 10.5h-8M8 8l-2.5 2.5L8 13"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  ),
  unverifiable: (
    <svg {...ICON_PROPS}>
      <circle cx="8" cy="8" r="5.5" />
      <path d="M6.3 6.3a1.8 1.8 0 1 1 2.4 1.7c-.5.2-.7.6-.7 1.1v.3" strokeLinecap="round" />
      <circle cx="8" cy="11.4" r="0.45" fill="currentColor" />
    </svg>
  ),
  unassessed: (
    <svg {...ICON_PROPS}>
      <circle cx="8" cy="8" r="5.5" strokeDasharray="2.5 2" />
    </svg>
  ),
};

/**
 * The plan's headline: milestone completion and, kept apart, the assessment of its
 * commitments (docs/domain.md, "Roll-up"), with the counts that need attention as links.
 */
export function HeadlineFigures({ organisationSlug, planSlug, summary: summaryRef }: HeadlineFiguresProps) {
  const summary = getFragmentData(HeadlineFiguresFragment, summaryRef);
  const headingId = useId();
  const list = (filters: Partial<typeof NO_FILTERS>) =>
    commitmentsPath(organisationSlug, planSlug, filtersToSearch({ ...NO_FILTERS, ...filters }));
  const milestonePercent = formatPercent(summary.milestoneCompletionShare);

  const tiles: Tile[] = [
    {
      figure: summary.overdueCount,
      text: 'overdue',
      to: list({ deadline: 'OVERDUE' }),
      alert: summary.overdueCount > 0,
      icon: ICONS.overdue,
    },
    {
      figure: summary.dueSoonCount,
      text: 'due in the next 30 days',
      to: list({ deadline: 'DUE_SOON' }),
      icon: ICONS.soon,
    },
    {
      figure: summary.disagreementCount,
      text: 'where the party’s account differs',
      to: '#disagreements',
      icon: ICONS.differs,
    },
    {
      figure: summary.unverifiableCount,
      text: 'cannot be checked',
      to: '#unverifiable',
      icon: ICONS.unverifiable,
    },
    {
      figure: summary.unassessedCount,
      text: 'not yet assessed',
      to: list({ assessment: 'NOT_YET_ASSESSED' }),
      icon: ICONS.unassessed,
    },
  ];

  return (
    <section className="dashboard-section glance" aria-labelledby={headingId}>
      <div className="section-heading">
        <h2 id={headingId}>At a glance</h2>
        <p className="section-heading__meta">As of {formatDate(summary.asOf)}</p>
      </div>

      <div className="glance__grid">
        <div className="panel glance__milestones">
          <h3 className="panel__title">Milestones complete</h3>
          {summary.milestonesTotal > 0 ? (
            <>
              <p className="big-figure" aria-hidden="true">
                {milestonePercent}
              </p>
              <ProgressBar
                label="Milestones complete"
                value={summary.milestonesComplete}
                max={summary.milestonesTotal}
                text={`${formatNumber(summary.milestonesComplete)} of ${formatCount(summary.milestonesTotal, 'milestone')} complete (${milestonePercent})`}
              />
              <p className="panel__note">
                {formatNumber(summary.milestonesTotal - summary.milestonesComplete)} still to complete
              </p>
            </>
          ) : (
            <p className="muted">No milestones set yet.</p>
          )}
        </div>

        <div className="panel glance__assessment">
          <h3 className="panel__title">Commitments by assessment</h3>
          <p className="panel__lede">
            {formatNumber(summary.assessedTotal)} of {formatCount(summary.commitmentsTotal, 'commitment')} assessed
          </p>
          <DistributionBar
            label="Commitments by assessment"
            counts={summary.byAssessment}
            unassessed={summary.unassessedCount}
          />
        </div>
      </div>

      <ul className="tiles" aria-label="Commitments that need attention">
        {tiles.map((tile) => (
          <li key={tile.text}>
            <Link className={`tile${tile.alert ? ' tile--alert' : ''}`} to={tile.to}>
              <span className="tile__icon">{tile.icon}</span>
              <span className="tile__figure">{formatNumber(tile.figure)}</span>{' '}
              <span className="tile__text">{tile.text}</span>
            </Link>
          </li>
        ))}
      </ul>

      <HowComputed>
        <ul>
          <li>
            <strong>Milestones complete</strong> is the share of all the plan’s milestones whose latest status is
            “Complete”.
          </li>
          <li>
            <strong>Commitments by assessment</strong> counts each commitment once, by the network’s latest assessment.
            Percentages are of the assessed commitments only; commitments not yet assessed are counted beside the bar,
            never inside it. The two figures are kept apart rather than blended into one score.
          </li>
          <li>
            <strong>Overdue</strong> and <strong>due in the next 30 days</strong> come from each commitment’s due date
            and completion date, as of {formatDate(summary.asOf)} (UK time). Nobody enters them.
          </li>
          <li>
            <strong>The party’s account differs</strong> where both the assessment and the party’s own account exist and
            are not the same.
          </li>
          <li>
            <strong>Cannot be checked</strong> counts commitments that lack an owner, a due date or success criteria.
            They are shown, not hidden.
          </li>
        </ul>
      </HowComputed>
    </section>
  );
}
