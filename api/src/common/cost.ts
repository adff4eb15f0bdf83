import { Extensions } from '@nestjs/graphql';

/**
 * What a field costs beyond the values it returns (docs/security.md, "Query cost"). The unit is
 * one value in the answer: a scalar or an object costs 1, a list costs its items times what one
 * item costs.
 */
export interface FieldCost {
  /** Work the field does each time it is resolved, in values, e.g. a roll-up over the whole plan. */
  perCall?: number;
  /** How many items an unpaged list is priced at (a list with `first` is priced at `first`). */
  listSize?: number;
}

/** The extension key the query cost estimator reads. */
export const COST_EXTENSION = 'cost';

/** Prices a field for the query cost limit. */
export const Cost = (cost: FieldCost): MethodDecorator & PropertyDecorator => Extensions({ [COST_EXTENSION]: cost });

/** An unpaged list with no `listSize` of its own is priced as if it held this many items. */
export const UNPAGED_LIST_SIZE = 20;

/** Work done once per plan: rolling up a whole plan's ledger, priced as 500 commitments' worth. */
export const PLAN_WIDE_COST = 500;

/** The organisations of an installation, priced as ten (the home page lists every one). */
export const ORGANISATIONS_COST = Cost({ listSize: 10 });

/** An organisation's plans and reports, and the plans and reports linked to one another, priced as five. */
export const FEW_PLANS_OR_REPORTS_COST = Cost({ listSize: 5 });
