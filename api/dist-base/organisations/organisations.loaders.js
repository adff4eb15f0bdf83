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
exports.OrganisationsLoaders = exports.ORGANISATIONS_BY_ID = void 0;
const common_1 = require("@nestjs/common");
const batch_1 = require("../common/batch");
const organisations_service_1 = require("./organisations.service");
exports.ORGANISATIONS_BY_ID = (0, batch_1.loaderKey)('organisations.byId');
let OrganisationsLoaders = class OrganisationsLoaders {
    service;
    constructor(service) {
        this.service = service;
    }
    byId(ctx) {
        return ctx.loaders.get(exports.ORGANISATIONS_BY_ID, async (ids) => (0, batch_1.oneByKey)(ids, await this.service.findByIds(ids), (o) => o.id));
    }
};
exports.OrganisationsLoaders = OrganisationsLoaders;
exports.OrganisationsLoaders = OrganisationsLoaders = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [organisations_service_1.OrganisationsService])
], OrganisationsLoaders);
//# sourceMappingURL=organisations.loaders.js.map