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
Object.defineProperty(exports, "__esModule", { value: true });
exports.StatusUpdate = void 0;
const graphql_1 = require("@nestjs/graphql");
const rules_1 = require("@tracker/rules");
const typeorm_1 = require("typeorm");
const columns_1 = require("../common/columns");
const scalars_1 = require("../common/scalars");
require("./ledger.graphql-enums");
/**
 * One immutable entry of the ledger. Never updated or deleted (the database rejects both);
 * a correction is a new entry pointing to the one it corrects.
 */
let StatusUpdate = class StatusUpdate {
    id;
    sequence;
    planId;
    /** The commitment the entry is about, or the commitment of its milestone. */
    commitmentId;
    /** Set when the subject is a milestone. */
    milestoneId;
    lens;
    status;
    narrative;
    reasonCode;
    authorId;
    onBehalfOfParty;
    correctsId;
    createdAt;
    get subjectType() {
        return this.milestoneId ? rules_1.SubjectType.MILESTONE : rules_1.SubjectType.COMMITMENT;
    }
};
exports.StatusUpdate = StatusUpdate;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    (0, columns_1.IdColumn)(),
    __metadata("design:type", String)
], StatusUpdate.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Position in the installation’s ledger; later entries have higher numbers.' }),
    (0, typeorm_1.Index)({ unique: true }),
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], StatusUpdate.prototype, "sequence", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'plan_id' }),
    __metadata("design:type", String)
], StatusUpdate.prototype, "planId", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'commitment_id' }),
    __metadata("design:type", String)
], StatusUpdate.prototype, "commitmentId", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'milestone_id', nullable: true }),
    __metadata("design:type", Object)
], StatusUpdate.prototype, "milestoneId", void 0);
__decorate([
    (0, graphql_1.Field)(() => rules_1.Lens),
    (0, columns_1.StringColumn)(20),
    __metadata("design:type", String)
], StatusUpdate.prototype, "lens", void 0);
__decorate([
    (0, graphql_1.Field)(() => rules_1.EntryStatus),
    (0, columns_1.StringColumn)(20),
    __metadata("design:type", String)
], StatusUpdate.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Markdown.' }),
    (0, columns_1.TextColumn)({ default: '' }),
    __metadata("design:type", String)
], StatusUpdate.prototype, "narrative", void 0);
__decorate([
    (0, graphql_1.Field)(() => rules_1.ReasonCode, { nullable: true }),
    (0, columns_1.StringColumn)(20, { name: 'reason_code', nullable: true }),
    __metadata("design:type", Object)
], StatusUpdate.prototype, "reasonCode", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'author_id', nullable: true }),
    __metadata("design:type", Object)
], StatusUpdate.prototype, "authorId", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'True when an executive recorded the party’s account on its behalf.' }),
    (0, columns_1.FlagColumn)('on_behalf_of_party'),
    __metadata("design:type", Boolean)
], StatusUpdate.prototype, "onBehalfOfParty", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true, description: 'The entry this one corrects.' }),
    (0, columns_1.RefColumn)({ name: 'corrects_id', nullable: true }),
    __metadata("design:type", Object)
], StatusUpdate.prototype, "correctsId", void 0);
__decorate([
    (0, graphql_1.Field)(() => scalars_1.DateTimeScalar),
    (0, columns_1.InstantColumn)({ name: 'created_at' }),
    __metadata("design:type", String)
], StatusUpdate.prototype, "createdAt", void 0);
exports.StatusUpdate = StatusUpdate = __decorate([
    (0, graphql_1.ObjectType)({ description: 'One immutable entry of the ledger: a status in one lens, with narrative and evidence.' }),
    (0, typeorm_1.Entity)('status_update'),
    (0, typeorm_1.Index)(['planId', 'sequence']),
    (0, typeorm_1.Index)(['commitmentId', 'sequence']),
    (0, typeorm_1.Index)(['milestoneId', 'sequence'])
], StatusUpdate);
//# sourceMappingURL=status-update.entity.js.map