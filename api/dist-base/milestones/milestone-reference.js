"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MILESTONE_REFERENCE = void 0;
exports.nextMilestoneReference = nextMilestoneReference;
/** A milestone's reference: `M` and a number, or what an import gave it (letters, digits, `.`, `-`). */
exports.MILESTONE_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$/;
/** The next `M<n>` after the highest one a commitment's milestones already use. */
function nextMilestoneReference(taken) {
    const numbers = taken.map((reference) => /^M(\d+)$/.exec(reference)).map((match) => (match ? Number(match[1]) : 0));
    return `M${Math.max(0, ...numbers) + 1}`;
}
//# sourceMappingURL=milestone-reference.js.map