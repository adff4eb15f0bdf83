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
exports.Revision = exports.RevisionSubject = void 0;
const graphql_1 = require("@nestjs/graphql");
const typeorm_1 = require("typeorm");
const columns_1 = require("../common/columns");
const scalars_1 = require("../common/scalars");
var RevisionSubject;
(function (RevisionSubject) {
    RevisionSubject["ORGANISATION"] = "ORGANISATION";
    RevisionSubject["REPORT"] = "REPORT";
    RevisionSubject["RECOMMENDATION"] = "RECOMMENDATION";
    RevisionSubject["PLAN"] = "PLAN";
    RevisionSubject["COMMITMENT"] = "COMMITMENT";
    RevisionSubject["MILESTONE"] = "MILESTONE";
    RevisionSubject["FINDING"] = "FINDING";
})(RevisionSubject || (exports.RevisionSubject = RevisionSubject = {}));
(0, graphql_1.registerEnumType)(RevisionSubject, { name: 'RevisionSubject' });
/** One changed field of one edit: before and after, who and when. Append-only. */
let Revision = class Revision {
    id;
    subjectType;
    subjectId;
    /** The commitment whose public history shows this revision (its own or its milestone's). */
    commitmentId;
    /** The report whose public history shows this revision (one of its findings'). */
    reportId;
    field;
    before;
    after;
    version;
    actorId;
    createdAt;
};
exports.Revision = Revision;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    (0, columns_1.IdColumn)(),
    __metadata("design:type", String)
], Revision.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => RevisionSubject),
    (0, columns_1.StringColumn)(20, { name: 'subject_type' }),
    __metadata("design:type", String)
], Revision.prototype, "subjectType", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    (0, columns_1.RefColumn)({ name: 'subject_id' }),
    __metadata("design:type", String)
], Revision.prototype, "subjectId", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'commitment_id', nullable: true }),
    __metadata("design:type", Object)
], Revision.prototype, "commitmentId", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'report_id', nullable: true }),
    __metadata("design:type", Object)
], Revision.prototype, "reportId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    (0, columns_1.StringColumn)(60),
    __metadata("design:type", String)
], Revision.prototype, "field", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    (0, columns_1.TextColumn)({ nullable: true }),
    __metadata("design:type", Object)
], Revision.prototype, "before", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    (0, columns_1.TextColumn)({ nullable: true }),
    __metadata("design:type", Object)
], Revision.prototype, "after", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'The subject’s version after this edit.' }),
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], Revision.prototype, "version", void 0);
__decorate([
    (0, columns_1.RefColumn)({ name: 'actor_id', nullable: true }),
    __metadata("design:type", Object)
], Revision.prototype, "actorId", void 0);
__decorate([
    (0, graphql_1.Field)(() => scalars_1.DateTimeScalar),
    (0, columns_1.InstantColumn)({ name: 'created_at' }),
    __metadata("design:type", String)
], Revision.prototype, "createdAt", void 0);
exports.Revision = Revision = __decorate([
    (0, graphql_1.ObjectType)({ description: 'One changed field of an edit, with its wording before and after.' }),
    (0, typeorm_1.Entity)('revision'),
    (0, typeorm_1.Index)(['subjectType', 'subjectId', 'createdAt']),
    (0, typeorm_1.Index)(['commitmentId', 'createdAt']),
    (0, typeorm_1.Index)(['reportId', 'createdAt'])
], Revision);
//# sourceMappingURL=revision.entity.js.map