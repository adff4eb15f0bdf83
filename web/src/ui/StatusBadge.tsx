import type { ReactElement } from 'react';
import { BadgeIcon } from './BadgeIcon';

/** LMN's assessment scale (OGP completion scale plus abandoned), and "not yet assessed". */
export type AssessmentStatus =
  'NOT_YET_ASSESSED' | 'NOT_STARTED' | 'LIMITED' | 'SUBSTANTIAL' | 'COMPLETE' | 'ABANDONED';

/** Display order: most done first, then abandoned, then not yet assessed. */
export const ASSESSMENT_ORDER: readonly AssessmentStatus[] = [
  'COMPLETE',
  'SUBSTANTIAL',
  'LIMITED',
  'NOT_STARTED',
  'ABANDONED',
  'NOT_YET_ASSESSED',
];

const LABELS: Record<AssessmentStatus, string> = {
  NOT_YET_ASSESSED: 'Not yet assessed',
  NOT_STARTED: 'Not started',
  LIMITED: 'Limited',
  SUBSTANTIAL: 'Substantial',
  COMPLETE: 'Complete',
  ABANDONED: 'Abandoned',
};

export function assessmentLabel(status: AssessmentStatus): string {
  return LABELS[status];
}

// Each status has its own shape (empty, quarter, three quarters, tick, struck through,
// dashed), so the badge reads the same without colour, in greyscale and in forced colours.
const ICONS: Record<AssessmentStatus, ReactElement> = {
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

export interface StatusBadgeProps {
  status: AssessmentStatus;
}

/** An assessment status as words plus a distinct icon; colour only reinforces them. */
export function StatusBadge({ status }: StatusBadgeProps) {
  return (
    <span className={`badge badge--status badge--${status.toLowerCase().replace(/_/g, '-')}`}>
      <BadgeIcon>{ICONS[status]}</BadgeIcon>
      <span>{assessmentLabel(status)}</span>
    </span>
  );
}
