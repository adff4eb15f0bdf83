"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HistoryConnection = exports.HistoryEntry = void 0;
const graphql_1 = require("@nestjs/graphql");
const pagination_1 = require("../../common/pagination");
const revision_entity_1 = require("../../revisions/revision.entity");
const status_update_entity_1 = require("../status-update.entity");
/** One line of a commitment's public history: a ledger entry or a revision of its wording or dates. */
exports.HistoryEntry = (0, graphql_1.createUnionType)({
    name: 'HistoryEntry',
    types: () => [status_update_entity_1.StatusUpdate, revision_entity_1.Revision],
    resolveType: (value) => (value instanceof revision_entity_1.Revision ? revision_entity_1.Revision : status_update_entity_1.StatusUpdate),
});
exports.HistoryConnection = (0, pagination_1.Connection)(exports.HistoryEntry, 'History');
//# sourceMappingURL=history-entry.union.js.map