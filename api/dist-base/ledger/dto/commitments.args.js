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
exports.PlanCommitmentsArgs = exports.CommitmentFilter = void 0;
const graphql_1 = require("@nestjs/graphql");
const rules_1 = require("@tracker/rules");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const pagination_1 = require("../../common/pagination");
require("../ledger.graphql-enums");
let CommitmentFilter = class CommitmentFilter {
    assessment;
    partyReported;
    deadline;
    verifiable;
    disagreement;
    theme;
    owner;
    search;
};
exports.CommitmentFilter = CommitmentFilter;
__decorate([
    (0, graphql_1.Field)(() => [rules_1.CommitmentStatus], { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsEnum)(rules_1.CommitmentStatus, { each: true }),
    __metadata("design:type", Array)
], CommitmentFilter.prototype, "assessment", void 0);
__decorate([
    (0, graphql_1.Field)(() => [rules_1.CommitmentStatus], { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsEnum)(rules_1.CommitmentStatus, { each: true }),
    __metadata("design:type", Array)
], CommitmentFilter.prototype, "partyReported", void 0);
__decorate([
    (0, graphql_1.Field)(() => [rules_1.DeadlineStatus], { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsEnum)(rules_1.DeadlineStatus, { each: true }),
    __metadata("design:type", Array)
], CommitmentFilter.prototype, "deadline", void 0);
__decorate([
    (0, graphql_1.Field)(() => Boolean, {
        nullable: true,
        description: 'true: only verifiable commitments; false: only the unverifiable.',
    }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], CommitmentFilter.prototype, "verifiable", void 0);
__decorate([
    (0, graphql_1.Field)(() => Boolean, {
        nullable: true,
        description: 'true: only where the party’s account differs from the assessment.',
    }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], CommitmentFilter.prototype, "disagreement", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'Exact theme.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], CommitmentFilter.prototype, "theme", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'Exact owner.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", String)
], CommitmentFilter.prototype, "owner", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, {
        nullable: true,
        description: 'Words found in the reference, title, description, owner or theme.',
    }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(200),
    __metadata("design:type", String)
], CommitmentFilter.prototype, "search", void 0);
exports.CommitmentFilter = CommitmentFilter = __decorate([
    (0, graphql_1.InputType)({ description: 'Every given criterion must match; a list matches any of its values.' })
], CommitmentFilter);
let PlanCommitmentsArgs = class PlanCommitmentsArgs extends pagination_1.ConnectionArgs {
    filter;
};
exports.PlanCommitmentsArgs = PlanCommitmentsArgs;
__decorate([
    (0, graphql_1.Field)(() => CommitmentFilter, { nullable: true }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.ValidateNested)(),
    (0, class_transformer_1.Type)(() => CommitmentFilter),
    __metadata("design:type", Object)
], PlanCommitmentsArgs.prototype, "filter", void 0);
exports.PlanCommitmentsArgs = PlanCommitmentsArgs = __decorate([
    (0, graphql_1.ArgsType)()
], PlanCommitmentsArgs);
//# sourceMappingURL=commitments.args.js.map