"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DateTimeScalar = exports.DateScalar = void 0;
const rules_1 = require("@tracker/rules");
const graphql_1 = require("graphql");
function parseDate(value) {
    if (typeof value !== 'string' || !(0, rules_1.isCalendarDate)(value)) {
        throw new graphql_1.GraphQLError(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`, {
            extensions: { code: 'BAD_USER_INPUT' },
        });
    }
    return value;
}
/** A calendar date in Europe/London, YYYY-MM-DD. */
exports.DateScalar = new graphql_1.GraphQLScalarType({
    name: 'Date',
    description: 'A calendar date in Europe/London, written YYYY-MM-DD.',
    serialize: (value) => String(value),
    parseValue: parseDate,
    parseLiteral: (ast) => parseDate(ast.kind === graphql_1.Kind.STRING ? ast.value : undefined),
});
/** An instant, ISO-8601 in UTC. */
exports.DateTimeScalar = new graphql_1.GraphQLScalarType({
    name: 'DateTime',
    description: 'An instant, ISO-8601 in UTC (e.g. 2024-03-12T09:30:00.000Z).',
    serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
    parseValue: (value) => {
        if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
            throw new graphql_1.GraphQLError('DateTime must be an ISO-8601 instant', { extensions: { code: 'BAD_USER_INPUT' } });
        }
        return new Date(value).toISOString();
    },
});
//# sourceMappingURL=scalars.js.map