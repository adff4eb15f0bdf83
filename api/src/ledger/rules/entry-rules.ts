import { CommitmentStatus, EntryStatus, Lens, MilestoneStatus, ReasonCode, SubjectType } from '../ledger.enums';

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

/** Moves that claim real progress: they need public evidence. */
export const NEEDS_EVIDENCE: ReadonlySet<EntryStatus> = new Set([EntryStatus.SUBSTANTIAL, EntryStatus.COMPLETE]);

/** Setbacks: they need a reason code. */
export const NEEDS_REASON: ReadonlySet<EntryStatus> = new Set([
  EntryStatus.ABANDONED,
  EntryStatus.MISSED,
  EntryStatus.AT_RISK,
]);

const COMMITMENT_VOCABULARY = new Set<string>(
  Object.values(CommitmentStatus).filter((s) => s !== CommitmentStatus.NOT_YET_ASSESSED),
);
const MILESTONE_VOCABULARY = new Set<string>(Object.values(MilestoneStatus));

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
    if (!MILESTONE_VOCABULARY.has(draft.status)) {
      return {
        field: 'status',
        message: `A milestone cannot be ${words(draft.status)}; use not started, in progress, at risk, complete or missed.`,
      };
    }
  } else if (!COMMITMENT_VOCABULARY.has(draft.status)) {
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
