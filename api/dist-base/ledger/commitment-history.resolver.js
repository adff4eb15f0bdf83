"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CommitmentHistoryResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const commitment_entity_1 = require("../commitments/commitment.entity");
const pagination_1 = require("../common/pagination");
const revision_entity_1 = require("../revisions/revision.entity");
const revisions_service_1 = require("../revisions/revisions.service");
const history_entry_union_1 = require("./dto/history-entry.union");
const ledger_service_1 = require("./ledger.service");
const historyKey = (item) => `${item.createdAt}|${item instanceof revision_entity_1.Revision ? 'R' : 'S'}|${item.id}`;
/** A commitment's public history: ledger entries and revisions, in time order. */
let CommitmentHistoryResolver = class CommitmentHistoryResolver {
    ledger;
    revisions;
    constructor(ledger, revisions) {
        this.ledger = ledger;
        this.revisions = revisions;
    }
    async history(commitment, args) {
        const [entries, revisions] = await Promise.all([
            this.ledger.findByCommitmentId(commitment.id),
            this.revisions.findByCommitmentId(commitment.id),
        ]);
        const items = [...entries, ...revisions];
        items.sort((a, b) => (historyKey(a) < historyKey(b) ? -1 : historyKey(a) > historyKey(b) ? 1 : 0));
        return (0, pagination_1.paginate)(items, args, historyKey);
    }
};
exports.CommitmentHistoryResolver = CommitmentHistoryResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => history_entry_union_1.HistoryConnection, {
        description: 'Ledger entries and revisions of the commitment and its milestones, oldest first.',
    }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Args)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [commitment_entity_1.Commitment, pagination_1.ConnectionArgs]),
    __metadata("design:returntype", Promise)
], CommitmentHistoryResolver.prototype, "history", null);
exports.CommitmentHistoryResolver = CommitmentHistoryResolver = __decorate([
    (0, graphql_1.Resolver)(() => commitment_entity_1.Commitment),
    __metadata("design:paramtypes", [ledger_service_1.LedgerService,
        revisions_service_1.RevisionsService])
], CommitmentHistoryResolver);
//# sourceMappingURL=commitment-history.resolver.js.map