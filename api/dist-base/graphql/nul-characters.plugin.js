"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nulCharacters = void 0;
const graphql_1 = require("graphql");
const nul_character_1 = require("../common/nul-character");
const domain_error_1 = require("../common/domain-error");
/**
 * Refuses, before anything runs, an operation with NUL in a string: in its variables or in a
 * string literal of its document (common/nul-character.ts).
 */
exports.nulCharacters = {
    async requestDidStart() {
        return {
            async didResolveOperation({ request, document }) {
                let inDocument = false;
                (0, graphql_1.visit)(document, {
                    [graphql_1.Kind.STRING]: (node) => {
                        if ((0, nul_character_1.containsNul)(node.value))
                            inDocument = true;
                    },
                });
                if (inDocument || (0, nul_character_1.anyNul)(request.variables ?? {})) {
                    throw new graphql_1.GraphQLError(nul_character_1.NUL_MESSAGE, {
                        extensions: { code: domain_error_1.ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
                    });
                }
            },
        };
    },
};
//# sourceMappingURL=nul-characters.plugin.js.map