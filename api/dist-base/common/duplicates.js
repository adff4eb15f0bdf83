"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.referenceTaken = exports.slugTaken = exports.duplicateAs = void 0;
exports.isUniqueViolation = isUniqueViolation;
const typeorm_1 = require("typeorm");
const domain_error_1 = require("./domain-error");
/** True when the database refused a row because `table`.`column` must be unique (SQLite or PostgreSQL). */
function isUniqueViolation(error, table, column) {
    if (!(error instanceof typeorm_1.QueryFailedError))
        return false;
    const driver = (error.driverError ?? {});
    if (driver.code === '23505')
        return new RegExp(`^Key \\((.*, )?${column}(, .*)?\\)=`).test(driver.detail ?? '');
    const failed = /UNIQUE constraint failed: (.*)$/m.exec(error.message);
    return !!failed && failed[1].split(', ').includes(`${table}.${column}`);
}
/**
 * A `catch` handler for a write: the database's own uniqueness refusal becomes the same
 * BAD_USER_INPUT the service's check gives, anything else goes on as it was.
 */
const duplicateAs = (table, column, problem) => (error) => {
    throw isUniqueViolation(error, table, column) ? problem() : error;
};
exports.duplicateAs = duplicateAs;
/** Organisation, plan and report slugs share one namespace (docs/domain.md). */
const slugTaken = (slug) => (0, domain_error_1.badInput)(`The slug "${slug}" is already used by an organisation, plan or report; choose another.`, 'slug');
exports.slugTaken = slugTaken;
const referenceTaken = (reference, within) => (0, domain_error_1.badInput)(`The reference "${reference}" is already used in this ${within}; choose another.`, 'reference');
exports.referenceTaken = referenceTaken;
//# sourceMappingURL=duplicates.js.map