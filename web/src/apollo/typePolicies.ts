import type { PossibleTypesMap, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import introspection from '../__generated__/possibleTypes';

/**
 * Organisations, plans and reports have no `id` in the public contract: their slugs are
 * unique across the installation (docs/domain.md), so the cache keys them by slug. A commitment's
 * history and comments, the moderation list and an item's revisions are connections read
 * page by page ("Show more"), kept as one list.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      moderation: relayStylePagination(['hidden']),
      revisions: relayStylePagination(['subjectType', 'subjectId']),
    },
  },
  // The signed-in person's workspace has no id; queries that ask for different parts of it
  // (the console, the commitment page) add to one object rather than replace it.
  Workspace: { merge: true },
  Organisation: { keyFields: ['slug'] },
  ActionPlan: { keyFields: ['slug'] },
  Report: { keyFields: ['slug'] },
  Commitment: {
    fields: {
      history: relayStylePagination(),
      comments: relayStylePagination(),
    },
  },
};

/**
 * The schema's unions and interfaces, so fragments on them match the right members; generated
 * from the schema by codegen.
 */
export const possibleTypes: PossibleTypesMap = introspection.possibleTypes;
