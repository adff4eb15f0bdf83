"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FEW_PLANS_OR_REPORTS_COST = exports.ORGANISATIONS_COST = exports.PLAN_WIDE_COST = exports.UNPAGED_LIST_SIZE = exports.Cost = exports.COST_EXTENSION = void 0;
const graphql_1 = require("@nestjs/graphql");
/** The extension key the query cost estimator reads. */
exports.COST_EXTENSION = 'cost';
/** Prices a field for the query cost limit. */
const Cost = (cost) => (0, graphql_1.Extensions)({ [exports.COST_EXTENSION]: cost });
exports.Cost = Cost;
/** An unpaged list with no `listSize` of its own is priced as if it held this many items. */
exports.UNPAGED_LIST_SIZE = 20;
/** Work done once per plan: rolling up a whole plan's ledger, priced as 500 commitments' worth. */
exports.PLAN_WIDE_COST = 500;
/** The organisations of an installation, priced as ten (the home page lists every one). */
exports.ORGANISATIONS_COST = (0, exports.Cost)({ listSize: 10 });
/** An organisation's plans and reports, and the plans and reports linked to one another, priced as five. */
exports.FEW_PLANS_OR_REPORTS_COST = (0, exports.Cost)({ listSize: 5 });
//# sourceMappingURL=cost.js.map