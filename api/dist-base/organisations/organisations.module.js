"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.OrganisationsModule = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const auth_module_1 = require("../auth/auth.module");
const revisions_module_1 = require("../revisions/revisions.module");
const licences_resolver_1 = require("./licences.resolver");
const organisation_entity_1 = require("./organisation.entity");
const organisations_loaders_1 = require("./organisations.loaders");
const organisations_resolver_1 = require("./organisations.resolver");
const organisations_service_1 = require("./organisations.service");
let OrganisationsModule = class OrganisationsModule {
};
exports.OrganisationsModule = OrganisationsModule;
exports.OrganisationsModule = OrganisationsModule = __decorate([
    (0, common_1.Module)({
        imports: [typeorm_1.TypeOrmModule.forFeature([organisation_entity_1.Organisation]), auth_module_1.AuthModule, revisions_module_1.RevisionsModule],
        providers: [organisations_service_1.OrganisationsService, organisations_loaders_1.OrganisationsLoaders, organisations_resolver_1.OrganisationsResolver, licences_resolver_1.LicencesResolver],
        exports: [organisations_service_1.OrganisationsService, organisations_loaders_1.OrganisationsLoaders],
    })
], OrganisationsModule);
//# sourceMappingURL=organisations.module.js.map