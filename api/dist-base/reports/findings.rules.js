"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PERCENT = void 0;
exports.valueProblem = valueProblem;
exports.positionProblem = positionProblem;
const domain_error_1 = require("../common/domain-error");
/** The unit of a percentage; its values run from 0 to 100. */
exports.PERCENT = '%';
/**
 * The range a finding's value may take with its unit: a percentage from 0 to 100, anything else
 * (a count of people, of complaints, an amount) not negative. `field` names the input field the
 * message is about.
 */
function valueProblem(value, unit, field) {
    if (unit === exports.PERCENT && (value < 0 || value > 100)) {
        return (0, domain_error_1.badInput)(`A percentage must be between 0 and 100; ${value} is not.`, field);
    }
    if (unit !== exports.PERCENT && value < 0) {
        return (0, domain_error_1.badInput)(`A count or amount cannot be negative; ${value} is. Use % for a percentage.`, field);
    }
    return null;
}
/** The place a new finding may take: 1 to one past the last. */
function positionProblem(position, count) {
    if (position < 1 || position > count + 1) {
        return (0, domain_error_1.badInput)(count === 0
            ? 'position must be 1: the report has no findings yet.'
            : `position must be between 1 and ${count + 1}: the report has ${count} finding${count === 1 ? '' : 's'}.`, 'position');
    }
    return null;
}
//# sourceMappingURL=findings.rules.js.map