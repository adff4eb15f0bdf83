import { useId } from 'react';
import { formatCount, formatNumber, formatPercent } from '../lib/format';
import { ASSESSMENT_ORDER, assessmentLabel, type AssessmentStatus } from '../lib/labels';
import { shareClass } from './share';
import { StatusBadge, statusClass } from './StatusBadge';

export interface StatusCountInput {
  status: AssessmentStatus;
  count: number;
}

export interface DistributionBarProps {
  /** Accessible name of the bar, e.g. "Commitments by assessment". */
  label: string;
  /** Counts of assessed statuses; a NOT_YET_ASSESSED entry, if any, is ignored. */
  counts: readonly StatusCountInput[];
  /** Commitments not yet assessed: shown beside the bar, never inside it. */
  unassessed: number;
  /** Without the legend, for a compact row (e.g. one theme); the figures are still in words. */
  compact?: boolean;
}

const ASSESSED_ORDER = ASSESSMENT_ORDER.filter((status) => status !== 'NOT_YET_ASSESSED');

/** "Complete 3 (30%), Limited 2 (20%)" — statuses that have commitments, in scale order. */
export function describeDistribution(counts: readonly StatusCountInput[]): string {
  const total = counts.reduce((sum, entry) => (entry.status === 'NOT_YET_ASSESSED' ? sum : sum + entry.count), 0);
  return ASSESSED_ORDER.flatMap((status) => {
    const count = counts.find((entry) => entry.status === status)?.count ?? 0;
    return count > 0 ? [`${assessmentLabel(status)} ${formatNumber(count)} (${formatPercent(count / total)})`] : [];
  }).join(', ');
}

/**
 * Assessed commitments as one stacked bar, most complete first. Each status has its own fill
 * pattern and a legend entry in words with its icon; the commitments not yet assessed are
 * counted beside the bar, outside the percentages (docs/domain.md, "Roll-up").
 */
export function DistributionBar({ label, counts, unassessed, compact = false }: DistributionBarProps) {
  const legendId = useId();
  const entries = ASSESSED_ORDER.map((status) => ({
    status,
    count: counts.find((entry) => entry.status === status)?.count ?? 0,
  }));
  const total = entries.reduce((sum, entry) => sum + entry.count, 0);
  const summary =
    total > 0
      ? `${label}: ${formatCount(total, 'assessed commitment')}. ${describeDistribution(entries)}.`
      : `${label}: no commitment assessed yet.`;

  return (
    <div className={`distribution${compact ? ' distribution--compact' : ''}`}>
      <div className="distribution__row">
        <div
          className={`distribution__bar${total === 0 ? ' distribution__bar--empty' : ''}`}
          // Compact bars repeat the words printed under them, so only the full bar is an image.
          {...(compact
            ? { 'aria-hidden': true }
            : {
                role: 'img',
                'aria-label': summary,
                'aria-describedby': legendId,
              })}
        >
          {entries.map((entry) =>
            entry.count > 0 ? (
              <span
                key={entry.status}
                className={`distribution__segment swatch--${statusClass(entry.status)} ${shareClass(entry.count / total)}`}
              />
            ) : null,
          )}
        </div>
        {unassessed > 0 ? (
          <p className="distribution__beside">
            <span className="distribution__beside-figure">+{formatNumber(unassessed)}</span> not yet assessed
            <span className="visually-hidden">, not counted in the bar</span>
          </p>
        ) : null}
      </div>
      {compact ? (
        <p className="distribution__summary">{total > 0 ? describeDistribution(entries) : 'None assessed yet'}</p>
      ) : (
        <ul className="distribution__legend" id={legendId}>
          {entries.map((entry) => (
            <li key={entry.status} className={entry.count === 0 ? 'distribution__zero' : undefined}>
              <span className={`legend-swatch swatch--${statusClass(entry.status)}`} aria-hidden="true" />
              <StatusBadge status={entry.status} />
              <span className="distribution__figure">
                <span className="visually-hidden">: </span>
                {formatNumber(entry.count)}
                {total > 0 ? (
                  <span className="distribution__share"> ({formatPercent(entry.count / total)})</span>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
