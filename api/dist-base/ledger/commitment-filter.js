"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.matchesFilter = matchesFilter;
const rules_1 = require("@tracker/rules");
const words = (text) => text.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
/**
 * Whether a commitment matches every criterion of a filter; search needs every word somewhere in its
 * text. No filter, or `filter: null`, matches every commitment.
 */
function matchesFilter(commitment, state, given) {
    const filter = given ?? {};
    if (filter.assessment?.length && !filter.assessment.includes(state.assessment))
        return false;
    if (filter.partyReported?.length && !filter.partyReported.includes(state.partyReported))
        return false;
    if (filter.deadline?.length && !filter.deadline.includes(state.deadline))
        return false;
    if (filter.verifiable !== undefined && filter.verifiable !== null && state.verifiable !== filter.verifiable)
        return false;
    if (filter.disagreement !== undefined &&
        filter.disagreement !== null &&
        (0, rules_1.disagrees)(state.assessment, state.partyReported) !== filter.disagreement) {
        return false;
    }
    if (filter.theme && commitment.theme !== filter.theme)
        return false;
    if (filter.owner && commitment.owner !== filter.owner)
        return false;
    if (filter.search) {
        const haystack = [
            commitment.reference,
            commitment.title,
            commitment.description,
            commitment.owner,
            commitment.theme,
        ]
            .filter(Boolean)
            .join(' ')
            .toLocaleLowerCase('en-GB');
        return words(filter.search).every((word) => haystack.includes(word));
    }
    return true;
}
//# sourceMappingURL=commitment-filter.js.map