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
exports.UpdateOrganisationInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const class_validator_1 = require("class-validator");
const licences_1 = require("../licences");
const input_fields_1 = require("../../common/input-fields");
/** The organisation's profile. Fields left out stay as they are; `null` clears the description or the website. The slug never changes. */
let UpdateOrganisationInput = class UpdateOrganisationInput {
    id;
    version;
    name;
    description;
    website;
    licence;
};
exports.UpdateOrganisationInput = UpdateOrganisationInput;
__decorate([
    (0, input_fields_1.IdField)(),
    __metadata("design:type", String)
], UpdateOrganisationInput.prototype, "id", void 0);
__decorate([
    (0, input_fields_1.VersionField)(),
    __metadata("design:type", Number)
], UpdateOrganisationInput.prototype, "version", void 0);
__decorate([
    (0, input_fields_1.TextField)(200, { optional: true }),
    __metadata("design:type", String)
], UpdateOrganisationInput.prototype, "name", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(20000),
    __metadata("design:type", Object)
], UpdateOrganisationInput.prototype, "description", void 0);
__decorate([
    (0, input_fields_1.HttpUrlField)({ optional: true, max: 500 }),
    __metadata("design:type", Object)
], UpdateOrganisationInput.prototype, "website", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, {
        nullable: true,
        description: `The licence of the organisation's open data, by id: ${licences_1.LICENCE_IDS.join(', ')}.`,
    }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(licences_1.LICENCE_IDS, { message: `licence must be one of ${licences_1.LICENCE_IDS.join(', ')}` }),
    __metadata("design:type", String)
], UpdateOrganisationInput.prototype, "licence", void 0);
exports.UpdateOrganisationInput = UpdateOrganisationInput = __decorate([
    (0, graphql_1.InputType)()
], UpdateOrganisationInput);
//# sourceMappingURL=update-organisation.input.js.map