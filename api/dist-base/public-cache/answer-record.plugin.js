"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerRecordPlugin = exports.answerRecordOf = void 0;
const records = new WeakMap();
/** Apollo's record of a request, once it has answered it; undefined when Apollo never got to it. */
const answerRecordOf = (request) => records.get(request);
exports.answerRecordOf = answerRecordOf;
/**
 * Records, for the public cache (graphql-fast-path.ts), which operation Apollo resolved and
 * whether its answer carries any error. Listed after every plugin that may rewrite the answer
 * (the request budget replaces it with an error), so it sees the answer as sent.
 */
exports.answerRecordPlugin = {
    async requestDidStart() {
        let operation = null;
        return {
            async didResolveOperation(context) {
                operation = context.operation?.operation ?? null;
            },
            async willSendResponse({ response, contextValue }) {
                const body = response.body;
                const clean = body.kind === 'single' &&
                    body.singleResult.errors === undefined &&
                    body.singleResult.data !== undefined &&
                    body.singleResult.data !== null &&
                    (response.http.status ?? 200) === 200;
                if (contextValue?.req)
                    records.set(contextValue.req, { operation, clean });
            },
        };
    },
};
//# sourceMappingURL=answer-record.plugin.js.map