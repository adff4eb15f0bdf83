"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.aliasLimit = exports.depthLimit = exports.MAX_TOKENS = exports.MAX_ALIASES = exports.MAX_DEPTH = void 0;
const graphql_armor_max_aliases_1 = require("@escape.tech/graphql-armor-max-aliases");
const graphql_armor_max_depth_1 = require("@escape.tech/graphql-armor-max-depth");
const graphql_1 = require("graphql");
/** The limits of a query's shape (docs/security.md); the dashboard's deepest query is 7 levels. */
exports.MAX_DEPTH = 8;
exports.MAX_ALIASES = 15;
exports.MAX_TOKENS = 5_000;
/** GraphQL Armor reports a refusal as a "Syntax Error"; a client sees it as the validation error it is. */
const reportRefusal = (context, error) => context?.reportError(new graphql_1.GraphQLError(error.message.replace(/^Syntax Error: /, '')));
const refusals = { propagateOnRejection: false, onReject: [reportRefusal] };
/** Refuses operations whose fields nest deeper than MAX_DEPTH, counted through fragments. */
exports.depthLimit = (0, graphql_armor_max_depth_1.maxDepthRule)({
    n: exports.MAX_DEPTH,
    flattenFragments: true,
    ignoreIntrospection: true,
    ...refusals,
});
/** Refuses operations with more than MAX_ALIASES aliased fields (alias-based batching), counted through fragments. */
exports.aliasLimit = (0, graphql_armor_max_aliases_1.maxAliasesRule)({ n: exports.MAX_ALIASES, ...refusals });
//# sourceMappingURL=limits.js.map