"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const graphql_1 = require("@nestjs/graphql");
const rules_1 = require("@tracker/rules");
/** Registers the ledger vocabularies of @tracker/rules with GraphQL; the rules themselves stay framework-free. */
(0, graphql_1.registerEnumType)(rules_1.SubjectType, { name: 'SubjectType' });
(0, graphql_1.registerEnumType)(rules_1.Lens, {
    name: 'Lens',
    description: 'ASSESSMENT is the network’s independent judgement; PARTY_REPORTED is the party’s own account.',
});
(0, graphql_1.registerEnumType)(rules_1.CommitmentStatus, { name: 'CommitmentStatus' });
(0, graphql_1.registerEnumType)(rules_1.MilestoneStatus, { name: 'MilestoneStatus' });
(0, graphql_1.registerEnumType)(rules_1.DeadlineStatus, {
    name: 'DeadlineStatus',
    description: 'Computed from the due date, the completion date and today (Europe/London); DUE_SOON is within 30 days.',
});
(0, graphql_1.registerEnumType)(rules_1.EntryStatus, { name: 'EntryStatus', description: 'Any status a ledger entry can carry.' });
(0, graphql_1.registerEnumType)(rules_1.ReasonCode, { name: 'ReasonCode', description: 'Why a commitment or milestone suffered a setback.' });
(0, graphql_1.registerEnumType)(rules_1.EvidenceKind, { name: 'EvidenceKind' });
//# sourceMappingURL=ledger.graphql-enums.js.map