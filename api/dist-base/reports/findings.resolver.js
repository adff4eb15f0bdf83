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
exports.FindingsResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const decorators_1 = require("../auth/decorators");
const user_entity_1 = require("../auth/user.entity");
const finding_input_1 = require("./dto/finding.input");
const finding_entity_1 = require("./finding.entity");
const findings_service_1 = require("./findings.service");
const report_entity_1 = require("./report.entity");
let FindingsResolver = class FindingsResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    createFinding(input, actor) {
        return this.service.create(input, actor);
    }
    updateFinding(input, actor) {
        return this.service.update(input, actor);
    }
    deleteFinding(input, actor) {
        return this.service.delete(input, actor);
    }
    reorderFindings(input, actor) {
        return this.service.reorder(input, actor);
    }
};
exports.FindingsResolver = FindingsResolver;
__decorate([
    (0, graphql_1.Mutation)(() => finding_entity_1.Finding, {
        description: 'Adds a key finding to a report of your organisation at a place in its list; those after it move down.',
    }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [finding_input_1.CreateFindingInput, Object]),
    __metadata("design:returntype", Promise)
], FindingsResolver.prototype, "createFinding", null);
__decorate([
    (0, graphql_1.Mutation)(() => finding_entity_1.Finding, { description: 'Edits a finding; a stale version gets CONFLICT with the current one.' }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [finding_input_1.UpdateFindingInput, Object]),
    __metadata("design:returntype", Promise)
], FindingsResolver.prototype, "updateFinding", null);
__decorate([
    (0, graphql_1.Mutation)(() => report_entity_1.Report, {
        description: 'Deletes a finding; its wording stays in the report’s history. A stale version gets CONFLICT. Answers the report.',
    }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [finding_input_1.DeleteFindingInput, Object]),
    __metadata("design:returntype", Promise)
], FindingsResolver.prototype, "deleteFinding", null);
__decorate([
    (0, graphql_1.Mutation)(() => report_entity_1.Report, {
        description: 'Puts a report’s findings in a new order. A view that missed any change to them gets CONFLICT and nothing moves.',
    }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [finding_input_1.ReorderFindingsInput, Object]),
    __metadata("design:returntype", Promise)
], FindingsResolver.prototype, "reorderFindings", null);
exports.FindingsResolver = FindingsResolver = __decorate([
    (0, graphql_1.Resolver)(() => finding_entity_1.Finding),
    __metadata("design:paramtypes", [findings_service_1.FindingsService])
], FindingsResolver);
//# sourceMappingURL=findings.resolver.js.map