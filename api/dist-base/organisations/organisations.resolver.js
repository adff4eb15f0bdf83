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
exports.OrganisationsResolver = exports.LicenceType = void 0;
const graphql_1 = require("@nestjs/graphql");
const decorators_1 = require("../auth/decorators");
const user_entity_1 = require("../auth/user.entity");
const cost_1 = require("../common/cost");
const lookup_args_1 = require("../common/lookup.args");
const update_organisation_input_1 = require("./dto/update-organisation.input");
const organisation_entity_1 = require("./organisation.entity");
const organisations_service_1 = require("./organisations.service");
const licences_1 = require("./licences");
let LicenceType = class LicenceType {
    id;
    title;
    url;
};
exports.LicenceType = LicenceType;
__decorate([
    (0, graphql_1.Field)({ description: 'SPDX-style id, e.g. CC-BY-4.0.' }),
    __metadata("design:type", String)
], LicenceType.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], LicenceType.prototype, "title", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Where the licence can be read.' }),
    __metadata("design:type", String)
], LicenceType.prototype, "url", void 0);
exports.LicenceType = LicenceType = __decorate([
    (0, graphql_1.ObjectType)('Licence', { description: 'The licence an organisation publishes its open data under.' })
], LicenceType);
let OrganisationsResolver = class OrganisationsResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    organisations() {
        return this.service.findAll();
    }
    organisation({ slug }) {
        return this.service.getBySlug(slug);
    }
    updateOrganisation(input, actor) {
        return this.service.update(input, actor);
    }
    licence(organisation) {
        return (0, licences_1.licenceOf)(organisation.licence);
    }
};
exports.OrganisationsResolver = OrganisationsResolver;
__decorate([
    (0, decorators_1.Public)(),
    (0, graphql_1.Query)(() => [organisation_entity_1.Organisation], { description: 'Every organisation on this installation, by name.' }),
    cost_1.ORGANISATIONS_COST,
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Promise)
], OrganisationsResolver.prototype, "organisations", null);
__decorate([
    (0, decorators_1.Public)(),
    (0, graphql_1.Query)(() => organisation_entity_1.Organisation, { nullable: true, description: 'One organisation; NOT_FOUND when the slug is unknown.' }),
    __param(0, (0, graphql_1.Args)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [lookup_args_1.SlugArgs]),
    __metadata("design:returntype", Promise)
], OrganisationsResolver.prototype, "organisation", null);
__decorate([
    (0, graphql_1.Mutation)(() => organisation_entity_1.Organisation, {
        description: 'Edits your organisation’s profile (name, description, website, licence); a stale version gets CONFLICT with the current one.',
    }),
    (0, decorators_1.Roles)(user_entity_1.Role.EXECUTIVE),
    __param(0, (0, graphql_1.Args)('input')),
    __param(1, (0, decorators_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [update_organisation_input_1.UpdateOrganisationInput, Object]),
    __metadata("design:returntype", Promise)
], OrganisationsResolver.prototype, "updateOrganisation", null);
__decorate([
    (0, graphql_1.ResolveField)(() => LicenceType, { description: 'The licence of its open data (default CC BY 4.0).' }),
    __param(0, (0, graphql_1.Parent)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [organisation_entity_1.Organisation]),
    __metadata("design:returntype", Object)
], OrganisationsResolver.prototype, "licence", null);
exports.OrganisationsResolver = OrganisationsResolver = __decorate([
    (0, graphql_1.Resolver)(() => organisation_entity_1.Organisation),
    __metadata("design:paramtypes", [organisations_service_1.OrganisationsService])
], OrganisationsResolver);
//# sourceMappingURL=organisations.resolver.js.map