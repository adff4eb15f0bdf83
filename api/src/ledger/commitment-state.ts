import {
  commitmentLenses,
  CommitmentLensState,
  deadlineLens,
  DeadlineStatus,
  isVerifiable,
  LedgerFact,
  MilestoneState,
  milestoneState,
  RollupCommitment,
  SubjectType,
} from '@tracker/rules';

export interface CommitmentFacts {
  id: string;
  owner: string | null;
  dueDate: string | null;
  successCriteria: string | null;
  theme: string | null;
}

export interface MilestoneFacts {
  id: string;
  commitmentId: string;
  dueDate: string | null;
}

export interface MilestoneLensState extends MilestoneState {
  deadline: DeadlineStatus;
}

/** Everything the lenses say about one commitment and its milestones, worked out from the ledger. */
export interface CommitmentState extends CommitmentLensState {
  deadline: DeadlineStatus;
  verifiable: boolean;
  milestones: Map<string, MilestoneLensState>;
  rollup: RollupCommitment;
}

/**
 * Applies the pure rules to rows read from the database: lenses from the ledger, the deadline
 * lens from due dates and today, verifiability. One pass over the facts, grouped by subject.
 */
export function commitmentStates(
  commitments: readonly CommitmentFacts[],
  milestones: readonly MilestoneFacts[],
  facts: readonly LedgerFact[],
  today: string,
): Map<string, CommitmentState> {
  const factsBySubject = new Map<string, LedgerFact[]>();
  for (const fact of facts) {
    const key = `${fact.subjectType}:${fact.subjectId}`;
    const list = factsBySubject.get(key);
    if (list) list.push(fact);
    else factsBySubject.set(key, [fact]);
  }
  const milestonesByCommitment = new Map<string, Map<string, MilestoneLensState>>();
  for (const milestone of milestones) {
    const state = milestoneState(factsBySubject.get(`${SubjectType.MILESTONE}:${milestone.id}`) ?? []);
    const withDeadline = {
      ...state,
      deadline: deadlineLens({ dueDate: milestone.dueDate, completedOn: state.completedOn, today }),
    };
    const map = milestonesByCommitment.get(milestone.commitmentId) ?? new Map<string, MilestoneLensState>();
    map.set(milestone.id, withDeadline);
    milestonesByCommitment.set(milestone.commitmentId, map);
  }
  const states = new Map<string, CommitmentState>();
  for (const commitment of commitments) {
    const lenses = commitmentLenses(factsBySubject.get(`${SubjectType.COMMITMENT}:${commitment.id}`) ?? []);
    const deadline = deadlineLens({ dueDate: commitment.dueDate, completedOn: lenses.completedOn, today });
    const verifiable = isVerifiable(commitment);
    const ownMilestones = milestonesByCommitment.get(commitment.id) ?? new Map<string, MilestoneLensState>();
    states.set(commitment.id, {
      ...lenses,
      deadline,
      verifiable,
      milestones: ownMilestones,
      rollup: {
        id: commitment.id,
        theme: commitment.theme,
        owner: commitment.owner,
        assessment: lenses.assessment,
        partyReported: lenses.partyReported,
        deadline,
        verifiable,
        milestones: [...ownMilestones.values()],
      },
    });
  }
  return states;
}
