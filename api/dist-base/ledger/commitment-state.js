"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.commitmentStates = commitmentStates;
const rules_1 = require("@tracker/rules");
/**
 * Applies the pure rules to rows read from the database: lenses from the ledger, the deadline
 * lens from due dates and today, verifiability. One pass over the facts, grouped by subject.
 */
function commitmentStates(commitments, milestones, facts, today) {
    const factsBySubject = new Map();
    for (const fact of facts) {
        const key = `${fact.subjectType}:${fact.subjectId}`;
        const list = factsBySubject.get(key);
        if (list)
            list.push(fact);
        else
            factsBySubject.set(key, [fact]);
    }
    const milestonesByCommitment = new Map();
    for (const milestone of milestones) {
        const state = (0, rules_1.milestoneState)(factsBySubject.get(`${rules_1.SubjectType.MILESTONE}:${milestone.id}`) ?? []);
        const withDeadline = {
            ...state,
            deadline: (0, rules_1.deadlineLens)({ dueDate: milestone.dueDate, completedOn: state.completedOn, today }),
        };
        const map = milestonesByCommitment.get(milestone.commitmentId) ?? new Map();
        map.set(milestone.id, withDeadline);
        milestonesByCommitment.set(milestone.commitmentId, map);
    }
    const states = new Map();
    for (const commitment of commitments) {
        const lenses = (0, rules_1.commitmentLenses)(factsBySubject.get(`${rules_1.SubjectType.COMMITMENT}:${commitment.id}`) ?? []);
        const deadline = (0, rules_1.deadlineLens)({ dueDate: commitment.dueDate, completedOn: lenses.completedOn, today });
        const verifiable = (0, rules_1.isVerifiable)(commitment);
        const ownMilestones = milestonesByCommitment.get(commitment.id) ?? new Map();
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
//# sourceMappingURL=commitment-state.js.map