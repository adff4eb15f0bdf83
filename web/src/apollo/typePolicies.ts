import type { TypePolicies } from '@apollo/client';

/**
 * Organisations, plans and reports have no `id` in the public contract: their slugs are
 * unique across the installation (DOMAIN.md), so the cache keys them by slug.
 */
export const typePolicies: TypePolicies = {
  Organisation: { keyFields: ['slug'] },
  ActionPlan: { keyFields: ['slug'] },
  Report: { keyFields: ['slug'] },
};
