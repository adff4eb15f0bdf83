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
exports.LicencesResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const decorators_1 = require("../auth/decorators");
const licences_1 = require("./licences");
const organisations_resolver_1 = require("./organisations.resolver");
/** The licences an organisation may choose for its open data: the console's picker lists them. */
let LicencesResolver = class LicencesResolver {
    licences() {
        return licences_1.LICENCES;
    }
};
exports.LicencesResolver = LicencesResolver;
__decorate([
    (0, decorators_1.Public)(),
    (0, graphql_1.Query)(() => [organisations_resolver_1.LicenceType], { description: 'The licences an organisation may publish its open data under.' }),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Array)
], LicencesResolver.prototype, "licences", null);
exports.LicencesResolver = LicencesResolver = __decorate([
    (0, graphql_1.Resolver)(() => organisations_resolver_1.LicenceType)
], LicencesResolver);
//# sourceMappingURL=licences.resolver.js.map