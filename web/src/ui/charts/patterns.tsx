import type { AssessmentStatus } from '../../lib/labels';

/** Fill colours of the assessment statuses in charts; each is at least 3:1 against white. */
export const STATUS_FILL: Record<AssessmentStatus, string> = {
  COMPLETE: '#1e6b45',
  SUBSTANTIAL: '#2f6fb0',
  LIMITED: '#9a5b00',
  NOT_STARTED: '#6b7280',
  ABANDONED: '#b42318',
  NOT_YET_ASSESSED: '#d0d5dc',
};

/**
 * SVG patterns matching the CSS swatches (ui/swatches.css, `.swatch--*`): solid, diagonal lines,
 * horizontal lines, dots, cross-hatch and pale hatch, so the bands differ without colour.
 */
export function StatusPatterns({ prefix }: { prefix: string }) {
  const light = 'rgba(255,255,255,0.55)';
  return (
    <defs>
      <pattern id={`${prefix}-COMPLETE`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={STATUS_FILL.COMPLETE} />
      </pattern>
      <pattern id={`${prefix}-SUBSTANTIAL`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={STATUS_FILL.SUBSTANTIAL} />
        <path d="M-1 7 7 -1M5 7 7 5M-1 1 1 -1" stroke={light} strokeWidth="1.2" />
      </pattern>
      <pattern id={`${prefix}-LIMITED`} width="6" height="5" patternUnits="userSpaceOnUse">
        <rect width="6" height="5" fill={STATUS_FILL.LIMITED} />
        <path d="M0 4.2h6" stroke={light} strokeWidth="1.2" />
      </pattern>
      <pattern id={`${prefix}-NOT_STARTED`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={STATUS_FILL.NOT_STARTED} />
        <circle cx="3" cy="3" r="1.1" fill={light} />
      </pattern>
      <pattern id={`${prefix}-ABANDONED`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={STATUS_FILL.ABANDONED} />
        <path d="M0 0 6 6M6 0 0 6" stroke={light} strokeWidth="1" />
      </pattern>
      <pattern id={`${prefix}-NOT_YET_ASSESSED`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#f5f6f8" />
        <path d="M-1 7 7 -1M5 7 7 5M-1 1 1 -1" stroke="#9aa3af" strokeWidth="0.8" />
      </pattern>
    </defs>
  );
}
