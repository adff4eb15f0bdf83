import type { ReactElement } from 'react';
import {
  type AssessmentStatus,
  deadlineLabel,
  milestoneStatusLabel,
  responseLabel,
  type DeadlineStatus,
  type MilestoneStatus,
  type RecommendationResponse,
} from '../lib/labels';
import { BadgeIcon } from './BadgeIcon';
import { ASSESSMENT_ICONS, StatusBadge } from './StatusBadge';

/** Colour families of badges; every one also has words and its own icon. */
type Tone = 'positive' | 'info' | 'caution' | 'neutral' | 'negative' | 'outline';

function Badge({
  tone,
  icon,
  prefix,
  children,
}: {
  tone: Tone;
  icon: ReactElement;
  prefix?: string;
  children: string;
}) {
  return (
    <span className={`badge badge--${tone}`}>
      <BadgeIcon>{icon}</BadgeIcon>
      <span>
        {prefix ? <span className="badge__prefix">{prefix}: </span> : null}
        {children}
      </span>
    </span>
  );
}

const CLOCK = (
  <>
    <circle cx="8" cy="8" r="5.5" fill="none" />
    <path d="M8 4.8V8l2.2 1.4" fill="none" strokeLinecap="round" strokeLinejoin="round" />
  </>
);

const WARNING = (
  <>
    <path d="M8 2.2 14 13H2Z" fill="none" strokeLinejoin="round" />
    <path d="M8 6.4v3" strokeLinecap="round" />
    <circle cx="8" cy="11.2" r="0.45" fill="currentColor" />
  </>
);

const TICK = (
  <>
    <circle cx="8" cy="8" r="5.5" fill="none" />
    <path d="M5.2 8.2l1.9 1.9 3.7-4" fill="none" strokeLinecap="round" strokeLinejoin="round" />
  </>
);

const CROSS = (
  <>
    <circle cx="8" cy="8" r="5.5" fill="none" />
    <path d="M5.9 5.9l4.2 4.2M10.1 5.9l-4.2 4.2" strokeLinecap="round" />
  </>
);

const DEADLINE: Record<DeadlineStatus, { tone: Tone; icon: ReactElement }> = {
  NO_DEADLINE: {
    tone: 'outline',
    icon: (
      <>
        <circle cx="8" cy="8" r="5.5" fill="none" strokeDasharray="2.5 2" />
        <path d="M5.5 8h5" strokeLinecap="round" />
      </>
    ),
  },
  ON_TRACK: { tone: 'neutral', icon: CLOCK },
  DUE_SOON: {
    tone: 'caution',
    icon: (
      <>
        <path d="M4.5 2.5h7M4.5 13.5h7" strokeLinecap="round" />
        <path d="M5.3 2.5c0 3 5.4 3 5.4 5.5s-5.4 2.5-5.4 5.5M10.7 2.5c0 3-5.4 3-5.4 5.5s5.4 2.5 5.4 5.5" fill="none" />
      </>
    ),
  },
  OVERDUE: { tone: 'negative', icon: WARNING },
  MET: { tone: 'positive', icon: TICK },
  MET_LATE: {
    tone: 'info',
    icon: (
      <>
        <path d="M13.5 8A5.5 5.5 0 1 1 8 2.5" fill="none" strokeLinecap="round" />
        <path d="M5.2 8.2l1.9 1.9 3.7-4" fill="none" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M11.2 2.3v2.6h2.6" fill="none" strokeLinecap="round" strokeLinejoin="round" />
      </>
    ),
  },
};

/** The deadline lens: computed from the due date and completion, never entered. */
export function DeadlineBadge({ status, prefix }: { status: DeadlineStatus; prefix?: string }) {
  const { tone, icon } = DEADLINE[status];
  return (
    <Badge tone={tone} icon={icon} prefix={prefix}>
      {deadlineLabel(status)}
    </Badge>
  );
}

const MILESTONE: Record<MilestoneStatus, { tone: Tone; icon: ReactElement }> = {
  NOT_STARTED: { tone: 'neutral', icon: <circle cx="8" cy="8" r="5.5" fill="none" /> },
  IN_PROGRESS: {
    tone: 'info',
    icon: (
      <>
        <circle cx="8" cy="8" r="5.5" fill="none" />
        <path d="M8 2.5a5.5 5.5 0 0 1 0 11Z" fill="currentColor" />
      </>
    ),
  },
  AT_RISK: { tone: 'caution', icon: WARNING },
  COMPLETE: { tone: 'positive', icon: TICK },
  MISSED: { tone: 'negative', icon: CROSS },
};

export function MilestoneBadge({ status }: { status: MilestoneStatus }) {
  const { tone, icon } = MILESTONE[status];
  return (
    <Badge tone={tone} icon={icon}>
      {milestoneStatusLabel(status)}
    </Badge>
  );
}

const RESPONSE: Record<RecommendationResponse, { tone: Tone; icon: ReactElement }> = {
  ACCEPTED_IN_FULL: { tone: 'positive', icon: TICK },
  ACCEPTED_IN_PART: {
    tone: 'info',
    icon: (
      <>
        <circle cx="8" cy="8" r="5.5" fill="none" />
        <path d="M8 2.5a5.5 5.5 0 0 1 0 11Z" fill="currentColor" />
      </>
    ),
  },
  NOT_ACCEPTED: { tone: 'negative', icon: CROSS },
  NO_RESPONSE: { tone: 'outline', icon: <circle cx="8" cy="8" r="5.5" fill="none" strokeDasharray="2.5 2" /> },
};

/** The party's response to a recommendation; `bare` leaves out "Party’s response:" where a heading says it. */
export function ResponseBadge({ response, bare = false }: { response: RecommendationResponse; bare?: boolean }) {
  const { tone, icon } = RESPONSE[response];
  return (
    <Badge tone={tone} icon={icon} prefix={bare ? undefined : 'Party’s response'}>
      {responseLabel(response)}
    </Badge>
  );
}

/** A plain flag such as "Disagreement" or "Gap", with a warning icon. */
export function FlagBadge({ children, tone = 'caution' }: { children: string; tone?: 'caution' | 'negative' }) {
  return (
    <Badge tone={tone} icon={WARNING}>
      {children}
    </Badge>
  );
}

const LOCK = (
  <>
    <rect x="3.5" y="7" width="9" height="6.5" rx="1" fill="none" />
    <path d="M5.5 7V5.2a2.5 2.5 0 0 1 5 0V7" fill="none" strokeLinecap="round" />
  </>
);

/** A plan that is not public yet: only its organisation sees it. */
export function DraftBadge() {
  return (
    <Badge tone="info" icon={LOCK}>
      Draft
    </Badge>
  );
}

/**
 * The status a ledger entry recorded: an assessment status for a commitment, a milestone
 * status for a milestone (the API's EntryStatus holds both vocabularies).
 */
export function EntryBadge({ subject, status }: { subject: 'COMMITMENT' | 'MILESTONE'; status: string }) {
  if (subject === 'MILESTONE' && status in MILESTONE) return <MilestoneBadge status={status as MilestoneStatus} />;
  if (status in ASSESSMENT_ICONS) return <StatusBadge status={status as AssessmentStatus} />;
  if (status in MILESTONE) return <MilestoneBadge status={status as MilestoneStatus} />;
  return <span className="badge badge--outline">{status}</span>;
}
