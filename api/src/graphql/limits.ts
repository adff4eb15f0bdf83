import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

/** The limits of a query's shape (docs/security.md); the dashboard's deepest query is 7 levels. */
export const MAX_DEPTH = 8;
export const MAX_ALIASES = 15;
export const MAX_TOKENS = 5_000;

/** GraphQL Armor reports a refusal as a "Syntax Error"; a client sees it as the validation error it is. */
const reportRefusal = (context: ValidationContext | null, error: GraphQLError): void =>
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));

const refusals = { propagateOnRejection: false, onReject: [reportRefusal] };

/** Refuses operations whose fields nest deeper than MAX_DEPTH, counted through fragments. */
export const depthLimit: ValidationRule = maxDepthRule({
  n: MAX_DEPTH,
  flattenFragments: true,
  ignoreIntrospection: true,
  ...refusals,
});

/** Refuses operations with more than MAX_ALIASES aliased fields (alias-based batching), counted through fragments. */
export const aliasLimit: ValidationRule = maxAliasesRule({ n: MAX_ALIASES, ...refusals });
