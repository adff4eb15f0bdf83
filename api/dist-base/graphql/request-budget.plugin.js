"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requestBudgetPlugin = requestBudgetPlugin;
const common_1 = require("@nestjs/common");
const graphql_1 = require("graphql");
const domain_error_1 = require("../common/domain-error");
const logger = new common_1.Logger('GraphQL');
/**
 * Stops a query that has run longer, or resolved more values, than its budget: the check
 * runs before every field, and once the budget is spent no field starts any more work (what is
 * already in flight finishes). The answer is then one QUERY_TOO_LARGE error and no data, never
 * a partial result.
 */
function requestBudgetPlugin(budget, now = () => performance.now()) {
    return {
        requestDidStart: () => {
            const started = now();
            let values = 0;
            let exceeded = null;
            const stop = (reason) => {
                exceeded ??= reason;
                throw new graphql_1.GraphQLError(exceeded, { extensions: { code: domain_error_1.ErrorCode.QUERY_TOO_LARGE } });
            };
            const checkBeforeEveryField = {
                willResolveField() {
                    if (exceeded)
                        stop(exceeded);
                    values += 1;
                    if (values > budget.maxValues) {
                        stop(`The answer would hold more than ${budget.maxValues.toLocaleString('en-GB')} values; ask for less.`);
                    }
                    if (now() - started > budget.timeLimitMs) {
                        stop(`The query ran for more than ${budget.timeLimitMs.toLocaleString('en-GB')} ms; ask for less.`);
                    }
                },
            };
            return Promise.resolve({
                // A mutation is never cut short: once its write is made, the client must hear of it. Its
                // size is bounded by the cost limit and the write limits instead.
                // (Apollo starts execution with no operation when operationName names none of the document's.)
                executionDidStart: ({ operation }) => Promise.resolve(operation?.operation === graphql_1.OperationTypeNode.MUTATION ? undefined : checkBeforeEveryField),
                willSendResponse({ response, operationName }) {
                    if (!exceeded || response.body.kind !== 'single')
                        return Promise.resolve();
                    logger.warn(`Stopped operation ${operationName ?? '(anonymous)'}: ${exceeded}`);
                    response.body.singleResult = {
                        data: null,
                        errors: [{ message: exceeded, extensions: { code: domain_error_1.ErrorCode.QUERY_TOO_LARGE } }],
                    };
                    return Promise.resolve();
                },
            });
        },
    };
}
//# sourceMappingURL=request-budget.plugin.js.map