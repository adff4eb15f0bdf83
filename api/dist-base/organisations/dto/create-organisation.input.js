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
exports.CreateOrganisationInput = void 0;
const class_validator_1 = require("class-validator");
const input_fields_1 = require("../../common/input-fields");
const licences_1 = require("../licences");
/**
 * A new organisation, as `tracker org:create` takes it. Validated by the API's own input rules
 * (the slug's format and the website's scheme are those of every other input), though no
 * GraphQL operation creates organisations: the first one comes from whoever runs the server.
 */
class CreateOrganisationInput {
    slug;
    name;
    description;
    website;
    licence;
}
exports.CreateOrganisationInput = CreateOrganisationInput;
__decorate([
    (0, input_fields_1.SlugField)(),
    __metadata("design:type", String)
], CreateOrganisationInput.prototype, "slug", void 0);
__decorate([
    (0, input_fields_1.TextField)(200),
    __metadata("design:type", String)
], CreateOrganisationInput.prototype, "name", void 0);
__decorate([
    (0, input_fields_1.NullableTextField)(20000),
    __metadata("design:type", Object)
], CreateOrganisationInput.prototype, "description", void 0);
__decorate([
    (0, input_fields_1.HttpUrlField)({ optional: true, max: 500 }),
    __metadata("design:type", Object)
], CreateOrganisationInput.prototype, "website", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(licences_1.LICENCE_IDS, { message: `licence must be one of ${licences_1.LICENCE_IDS.join(', ')}` }),
    __metadata("design:type", String)
], CreateOrganisationInput.prototype, "licence", void 0);
//# sourceMappingURL=create-organisation.input.js.map