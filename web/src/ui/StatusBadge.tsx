import type { ReactElement } from 'react';
import { assessmentLabel, type AssessmentStatus } from '../lib/labels';
import { BadgeIcon } from './BadgeIcon';

export { ASSESSMENT_ORDER, assessmentLabel, type AssessmentStatus } from '../lib/labels';

// Each status has its own shape (empty, quarter, three quarters, tick, struck through,
// dashed), so the badge reads the same without colour, in greyscale and in forced colours.
export const ASSESSMENT_ICONS: Record<AssessmentStatus, ReactElement> = {
  NOT_YET_ASSESSED: <circle cx="8" cy="8" r="5.5" fill="none" strokeDasharray="2.5 2" />,
  NOT_STARTED: <circle cx="8" cy="8" r="5.5" fill="none" />,
  LIMITED: (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" />
      <path d="M8 8V2.5A5.5 5.5 0 0 1 13.5 8Z" fill="currentColor" />
    </>
  ),
  SUBSTANTIAL: (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" />
      <path d="M8 8V2.5A5.5 5.5 0 1 1 2.5 8Z" fill="currentColor" />
    </>
  ),
  COMPLETE: (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" />
      <path d="M5.2 8.2l1.9 1.9 3.7-4" fill="none" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  ABANDONED: (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" />
      <path d="M4.1 11.9l7.8-7.8" fill="none" strokeLinecap="round" />
    </>
  ),
};

export function statusClass(status: string): string {
  return status.toLowerCase().replace(/_/g, '-');
}

export interface StatusBadgeProps {
  status: AssessmentStatus;
  /** Words before the status for context, e.g. "Party says"; read as part of the badge. */
  prefix?: string;
}

/** An assessment status as words plus a distinct icon; colour only reinforces them. */
export function StatusBadge({ status, prefix }: StatusBadgeProps) {
  return (
    <span className={`badge badge--status badge--${statusClass(status)}`}>
      <BadgeIcon>{ASSESSMENT_ICONS[status]}</BadgeIcon>
      <span>
        {prefix ? <span className="badge__prefix">{prefix}: </span> : null}
        {assessmentLabel(status)}
      </span>
    </span>
  );
}
