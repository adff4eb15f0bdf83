import { ASSESSED_STATUSES, EntryStatus, isEntryStatus, Lens, MilestoneStatus, ReasonCode, SubjectType } from './enums';

export interface EntryDraft {
  subjectType: SubjectType;
  lens: Lens;
  status: EntryStatus;
  evidenceCount: number;
  reasonCode: ReasonCode | null;
}

export interface EntryProblem {
  field: 'lens' | 'status' | 'evidence' | 'reasonCode';
  message: string;
}

/** The longest narrative an entry can carry, in characters. */
export const NARRATIVE_MAX = 10_000;

/** The most pieces of evidence one entry can cite. */
export const EVIDENCE_MAX = 20;

/** Moves that claim real progress: they need public evidence. */
export const NEEDS_EVIDENCE: ReadonlySet<EntryStatus> = new Set([EntryStatus.SUBSTANTIAL, EntryStatus.COMPLETE]);

/** Setbacks: they need a reason code. */
export const NEEDS_REASON: ReadonlySet<EntryStatus> = new Set([
  EntryStatus.ABANDONED,
  EntryStatus.MISSED,
  EntryStatus.AT_RISK,
]);

const STATUSES_BY_SUBJECT: Readonly<Record<SubjectType, readonly EntryStatus[]>> = {
  COMMITMENT: ASSESSED_STATUSES,
  MILESTONE: Object.values(MilestoneStatus),
};

/** The statuses an entry on a commitment or on a milestone can carry, in the order of its scale. */
export function entryStatusesFor(subjectType: SubjectType): readonly EntryStatus[] {
  return STATUSES_BY_SUBJECT[subjectType];
}

/** True for a status that needs at least one piece of public evidence (any other string: false). */
export function needsEvidence(status: string): boolean {
  return isEntryStatus(status) && NEEDS_EVIDENCE.has(status);
}

/** True for a status that needs a reason code (any other string: false). */
export function needsReason(status: string): boolean {
  return isEntryStatus(status) && NEEDS_REASON.has(status);
}

const words = (status: string): string => status.toLowerCase().replace(/_/g, ' ');

/**
 * The ledger's rules for one new entry (docs/domain.md): the status must belong to the subject's
 * vocabulary, milestones are written in the assessment lens only, SUBSTANTIAL and COMPLETE
 * need at least one piece of evidence, ABANDONED, MISSED and AT_RISK need a reason code.
 * Returns the first problem, worded for the person filling the form, or null.
 */
export function entryProblem(draft: EntryDraft): EntryProblem | null {
  if (draft.subjectType === SubjectType.MILESTONE) {
    if (draft.lens !== Lens.ASSESSMENT) {
      return {
        field: 'lens',
        message: 'Milestones are updated in the assessment lens; the party speaks through comments.',
      };
    }
    if (!entryStatusesFor(SubjectType.MILESTONE).includes(draft.status)) {
      return {
        field: 'status',
        message: `A milestone cannot be ${words(draft.status)}; use not started, in progress, at risk, complete or missed.`,
      };
    }
  } else if (!entryStatusesFor(SubjectType.COMMITMENT).includes(draft.status)) {
    return {
      field: 'status',
      message: `A commitment cannot be ${words(draft.status)}; use not started, limited, substantial, complete or abandoned.`,
    };
  }
  if (NEEDS_EVIDENCE.has(draft.status) && draft.evidenceCount < 1) {
    return {
      field: 'evidence',
      message: `A move to ${words(draft.status)} needs at least one piece of public evidence.`,
    };
  }
  if (NEEDS_REASON.has(draft.status) && !draft.reasonCode) {
    return { field: 'reasonCode', message: `Say why it is ${words(draft.status)}: choose a reason code.` };
  }
  return null;
}
