import { londonDate } from './calendar';
import { CommitmentStatus, isCommitmentStatus, isMilestoneStatus, Lens, MilestoneStatus, SubjectType } from './enums';

/** The part of a ledger entry the status rules read. */
export interface LedgerFact {
  subjectType: SubjectType;
  subjectId: string;
  lens: Lens;
  status: string;
  sequence: number;
  /** ISO instant, UTC. */
  createdAt: string;
}

export interface CommitmentLensState {
  assessment: CommitmentStatus;
  partyReported: CommitmentStatus;
  assessmentEntry: LedgerFact | null;
  partyReportedEntry: LedgerFact | null;
  /** London date the commitment was assessed complete; null unless the assessment is COMPLETE. */
  completedOn: string | null;
}

export interface MilestoneState {
  status: MilestoneStatus;
  entry: LedgerFact | null;
  /** London date the milestone was marked complete; null unless its status is COMPLETE. */
  completedOn: string | null;
}

/**
 * Current status of a commitment in its assessment and party-reported lenses.
 *
 * A lens's current status is its entry with the highest sequence (so a correction wins
 * whatever its timestamp); a lens with no entries is NOT_YET_ASSESSED. Only the assessment
 * lens decides completion. Entries of other subjects, and entries whose status is outside
 * the commitment vocabulary, are ignored.
 */
export function commitmentLenses(entries: readonly LedgerFact[]): CommitmentLensState {
  const own = entries.filter((e) => e.subjectType === SubjectType.COMMITMENT && isCommitmentStatus(e.status));
  const assessed = bySequence(own.filter((e) => e.lens === Lens.ASSESSMENT));
  const reported = bySequence(own.filter((e) => e.lens === Lens.PARTY_REPORTED));
  const assessmentEntry = assessed.at(-1) ?? null;
  const partyReportedEntry = reported.at(-1) ?? null;
  return {
    assessment: commitmentStatusOf(assessmentEntry),
    partyReported: commitmentStatusOf(partyReportedEntry),
    assessmentEntry,
    partyReportedEntry,
    completedOn: completedOn(assessed, CommitmentStatus.COMPLETE),
  };
}

/**
 * Current status of a milestone: its highest-sequence ASSESSMENT entry, NOT_STARTED when it
 * has none. Milestones are only judged in the assessment lens; other entries are ignored.
 */
export function milestoneState(entries: readonly LedgerFact[]): MilestoneState {
  const assessed = bySequence(
    entries.filter(
      (e) => e.subjectType === SubjectType.MILESTONE && e.lens === Lens.ASSESSMENT && isMilestoneStatus(e.status),
    ),
  );
  const entry = assessed.at(-1) ?? null;
  return {
    status: entry && isMilestoneStatus(entry.status) ? entry.status : MilestoneStatus.NOT_STARTED,
    entry,
    completedOn: completedOn(assessed, MilestoneStatus.COMPLETE),
  };
}

/** The two commitment lenses disagree when both have been assessed and they differ. */
export function disagrees(assessment: CommitmentStatus, partyReported: CommitmentStatus): boolean {
  return (
    assessment !== CommitmentStatus.NOT_YET_ASSESSED &&
    partyReported !== CommitmentStatus.NOT_YET_ASSESSED &&
    assessment !== partyReported
  );
}

function bySequence(entries: readonly LedgerFact[]): LedgerFact[] {
  return [...entries].sort((a, b) => a.sequence - b.sequence);
}

function commitmentStatusOf(entry: LedgerFact | null): CommitmentStatus {
  return entry && isCommitmentStatus(entry.status) ? entry.status : CommitmentStatus.NOT_YET_ASSESSED;
}

/**
 * The London date of the first entry of the final unbroken run of `complete` entries, so
 * re-posting COMPLETE with more evidence does not move the completion date, while
 * COMPLETE → LIMITED → COMPLETE starts it afresh. Null when the latest entry is not complete.
 */
function completedOn(sortedEntries: readonly LedgerFact[], complete: string): string | null {
  let first: LedgerFact | null = null;
  for (let i = sortedEntries.length - 1; i >= 0 && sortedEntries[i].status === complete; i--) {
    first = sortedEntries[i];
  }
  return first ? londonDate(first.createdAt) : null;
}
