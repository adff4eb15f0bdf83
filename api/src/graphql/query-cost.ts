import { ApolloServerErrorCode } from '@apollo/server/errors';
import { DocumentNode, getNullableType, GraphQLError, GraphQLField, GraphQLSchema, isListType } from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { COST_EXTENSION, FieldCost, UNPAGED_LIST_SIZE } from '../common/cost';

function costOf(field: GraphQLField<unknown, unknown>): FieldCost {
  return (field.extensions?.[COST_EXTENSION] as FieldCost | undefined) ?? {};
}

/**
 * A field costs 1 for its own value, plus its `perCall` work, plus what its selection costs
 * times the number of items it can return: `first` for a paged field, `listSize` (or
 * UNPAGED_LIST_SIZE) for other lists, 1 otherwise.
 */
export function answerSizeEstimator({ field, args, childComplexity }: ComplexityEstimatorArgs): number {
  // Introspection (on outside production) answers from the schema in memory; tokens bound its size.
  if (field.name.startsWith('__')) return 0;
  const cost = costOf(field);
  const paged = typeof args.first === 'number' ? Math.max(args.first, 0) : undefined;
  const items = paged ?? (isListType(getNullableType(field.type)) ? (cost.listSize ?? UNPAGED_LIST_SIZE) : 1);
  return 1 + (cost.perCall ?? 0) + items * childComplexity;
}

/** The cost of one operation of `document` with these variables. Throws a GraphQLError for a bad variable. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [answerSizeEstimator] });
}

/** The refusal a client sees when an operation costs more than the limit. */
export function tooCostly(cost: number, limit: number): GraphQLError {
  return new GraphQLError(
    `The query costs ${cost.toLocaleString('en-GB')}; at most ${limit.toLocaleString('en-GB')} is allowed. ` +
      'Ask for smaller pages (first), fewer aliases, or plan-wide figures (summary, progress, themes, owners) only at the top of the plan.',
    { extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, cost, limit, http: { status: 400 } } },
  );
}
