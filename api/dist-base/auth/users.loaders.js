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
exports.UsersLoaders = exports.USERS_BY_ID = void 0;
const common_1 = require("@nestjs/common");
const batch_1 = require("../common/batch");
const users_service_1 = require("./users.service");
exports.USERS_BY_ID = (0, batch_1.loaderKey)('users.byId');
let UsersLoaders = class UsersLoaders {
    service;
    constructor(service) {
        this.service = service;
    }
    byId(ctx) {
        return ctx.loaders.get(exports.USERS_BY_ID, async (ids) => (0, batch_1.oneByKey)(ids, await this.service.findByIds(ids), (u) => u.id));
    }
};
exports.UsersLoaders = UsersLoaders;
exports.UsersLoaders = UsersLoaders = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [users_service_1.UsersService])
], UsersLoaders);
//# sourceMappingURL=users.loaders.js.map