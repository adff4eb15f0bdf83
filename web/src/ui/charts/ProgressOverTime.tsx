import { useId, type ReactNode } from 'react';
import { formatDate, formatNumber } from '../../lib/format';
import { ASSESSMENT_ORDER, assessmentLabel, type AssessmentStatus } from '../../lib/labels';
import type { StatusCountInput } from '../DistributionBar';
import { statusClass } from '../StatusBadge';
import { countTicks, dayNumber, yearTicks } from './axis';
import { StatusPatterns } from './patterns';
import { useElementWidth } from './useElementWidth';

export interface ProgressPointInput {
  date: string;
  counts: readonly StatusCountInput[];
  unassessed: number;
  milestonesComplete: number;
  milestonesTotal: number;
}

/** Bands from the bottom up: the scale's order, with "not yet assessed" on top. */
const BANDS: readonly AssessmentStatus[] = ASSESSMENT_ORDER;

const MARGIN = { top: 12, right: 14, bottom: 26, left: 34 };

function countOf(point: ProgressPointInput, status: AssessmentStatus): number {
  if (status === 'NOT_YET_ASSESSED') return point.unassessed;
  return point.counts.find((entry) => entry.status === status)?.count ?? 0;
}

function change(label: string, from: number, to: number): string {
  if (from === to) return `${label} ${formatNumber(to)} throughout`;
  return `${label} ${to > from ? 'rose' : 'fell'} from ${formatNumber(from)} to ${formatNumber(to)}`;
}

interface Frame {
  width: number;
  height: number;
  x: (day: number) => number;
  y: (value: number) => number;
  maxY: number;
  days: number[];
}

function Axes({ frame, idPrefix }: { frame: Frame; idPrefix: string }) {
  const { width, height, x, y, maxY, days } = frame;
  const plotBottom = height - MARGIN.bottom;
  const ticks = yearTicks(days[0], days[days.length - 1], Math.floor((width - MARGIN.left) / 56));
  return (
    <g className="chart__axes" aria-hidden="true">
      {countTicks(maxY).map((value) => (
        <g key={`${idPrefix}-y-${value}`}>
          <line className="chart__grid" x1={MARGIN.left} x2={width - MARGIN.right} y1={y(value)} y2={y(value)} />
          <text className="chart__label" x={MARGIN.left - 6} y={y(value)} dy="0.32em" textAnchor="end">
            {formatNumber(value)}
          </text>
        </g>
      ))}
      {ticks.map((tick) => (
        <g key={`${idPrefix}-x-${tick.label}`}>
          <line className="chart__tick" x1={x(tick.day)} x2={x(tick.day)} y1={plotBottom} y2={plotBottom + 4} />
          <text className="chart__label" x={x(tick.day)} y={plotBottom + 17} textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A figure whose SVG is drawn at the width its column has, in real pixels. */
function Chart({
  caption,
  note,
  summary,
  draw,
}: {
  caption: string;
  note: ReactNode;
  summary: string;
  draw: (width: number, height: number) => ReactNode;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>(320);
  const height = width < 420 ? 180 : 220;
  return (
    <figure className="chart">
      <figcaption className="chart__caption">{caption}</figcaption>
      <div ref={ref} className="chart__canvas">
        <svg width={width} height={height} role="img" aria-label={summary} className="chart__svg">
          {draw(width, height)}
        </svg>
      </div>
      <p className="chart__note">{note}</p>
    </figure>
  );
}

function makeFrame(width: number, height: number, days: number[], maxY: number): Frame {
  const first = days[0];
  const span = Math.max(1, days[days.length - 1] - first);
  const plotWidth = Math.max(1, width - MARGIN.left - MARGIN.right);
  const plotHeight = Math.max(1, height - MARGIN.top - MARGIN.bottom);
  return {
    width,
    height,
    days,
    maxY,
    x: (day) => MARGIN.left + ((day - first) / span) * plotWidth,
    y: (value) => MARGIN.top + plotHeight - (maxY === 0 ? 0 : (value / maxY) * plotHeight),
  };
}

/**
 * The plan over time, rebuilt from the ledger: commitments by assessment as stacked bands
 * (patterned as in the legend) and milestones complete as a line, each with a summary in
 * words for screen readers and a table of every figure.
 */
export function ProgressOverTime({ points }: { points: readonly ProgressPointInput[] }) {
  const idPrefix = `p${useId().replace(/[^a-zA-Z0-9]/g, '')}`;

  if (points.length < 2) {
    return <p className="muted">There is not enough history yet to show progress over time.</p>;
  }

  const first = points[0];
  const last = points[points.length - 1];
  const days = points.map((point) => dayNumber(point.date));
  const commitmentsMax = Math.max(1, ...points.map((point) => BANDS.reduce((sum, s) => sum + countOf(point, s), 0)));
  const milestonesMax = Math.max(1, ...points.map((point) => point.milestonesTotal));
  const period = `from ${formatDate(first.date)} to ${formatDate(last.date)}`;

  const stacked = points.map((point) => {
    let base = 0;
    return BANDS.map((status) => {
      const lower = base;
      base += countOf(point, status);
      return { lower, upper: base };
    });
  });

  const drawBands = (width: number, height: number) => {
    const frame = makeFrame(width, height, days, commitmentsMax);
    const at = (index: number, value: number) => `${frame.x(days[index])},${frame.y(value)}`;
    return (
      <>
        <StatusPatterns prefix={idPrefix} />
        <Axes frame={frame} idPrefix={`${idPrefix}b`} />
        {BANDS.map((status, band) => {
          const top = points.map((_, index) => at(index, stacked[index][band].upper));
          const bottom = points.map((_, index) => at(index, stacked[index][band].lower)).reverse();
          return (
            <path
              key={status}
              d={`M${top.join('L')}L${bottom.join('L')}Z`}
              fill={`url(#${idPrefix}-${status})`}
              className="chart__band"
            />
          );
        })}
      </>
    );
  };

  const drawMilestones = (width: number, height: number) => {
    const frame = makeFrame(width, height, days, milestonesMax);
    const complete = points.map((point, index) => `${frame.x(days[index])},${frame.y(point.milestonesComplete)}`);
    const total = points.map((point, index) => `${frame.x(days[index])},${frame.y(point.milestonesTotal)}`);
    const end = days.length - 1;
    const area = `M${complete.join('L')}L${frame.x(days[end])},${frame.y(0)}L${frame.x(days[0])},${frame.y(0)}Z`;
    return (
      <>
        <Axes frame={frame} idPrefix={`${idPrefix}m`} />
        <path d={area} className="chart__area" />
        <path d={`M${total.join('L')}`} className="chart__total" />
        <path d={`M${complete.join('L')}`} className="chart__line" />
        <circle cx={frame.x(days[end])} cy={frame.y(last.milestonesComplete)} r="4" className="chart__dot" />
      </>
    );
  };

  const bandsSummary = `Commitments by assessment, ${period}: ${BANDS.map((status) =>
    change(assessmentLabel(status), countOf(first, status), countOf(last, status)),
  ).join('; ')}.`;
  const milestonesSummary = `Milestones complete, ${period}: ${change(
    'milestones complete',
    first.milestonesComplete,
    last.milestonesComplete,
  )}, of ${formatNumber(last.milestonesTotal)}.`;

  return (
    <div className="over-time">
      <ul className="chart-legend" aria-label="Key to the bands">
        {[...BANDS].reverse().map((status) => (
          <li key={status}>
            <span className={`legend-swatch swatch--${statusClass(status)}`} aria-hidden="true" />
            {assessmentLabel(status)}
          </li>
        ))}
      </ul>
      <div className="over-time__charts">
        <Chart
          caption="Commitments by assessment"
          note={`Today: ${BANDS.filter((status) => countOf(last, status) > 0)
            .map((status) => `${assessmentLabel(status).toLowerCase()} ${formatNumber(countOf(last, status))}`)
            .join(', ')}.`}
          summary={bandsSummary}
          draw={drawBands}
        />
        <Chart
          caption="Milestones complete"
          note={`Today: ${formatNumber(last.milestonesComplete)} of ${formatNumber(last.milestonesTotal)}. The dashed line is all milestones.`}
          summary={milestonesSummary}
          draw={drawMilestones}
        />
      </div>
      <details className="chart-table">
        <summary>Show these figures as a table</summary>
        <div className="table-scroll" role="region" aria-label="Progress over time, as a table" tabIndex={0}>
          <table>
            <caption className="visually-hidden">Commitments by assessment and milestones complete, by date</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                {BANDS.map((status) => (
                  <th scope="col" key={status}>
                    {assessmentLabel(status)}
                  </th>
                ))}
                <th scope="col">Milestones complete</th>
              </tr>
            </thead>
            <tbody>
              {[...points].reverse().map((point) => (
                <tr key={point.date}>
                  <th scope="row">{formatDate(point.date)}</th>
                  {BANDS.map((status) => (
                    <td key={status}>{formatNumber(countOf(point, status))}</td>
                  ))}
                  <td>
                    {formatNumber(point.milestonesComplete)} of {formatNumber(point.milestonesTotal)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
