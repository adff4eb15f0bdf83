"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PublicCacheModule = void 0;
const common_1 = require("@nestjs/common");
const auth_module_1 = require("../auth/auth.module");
const generation_check_1 = require("./generation-check");
const graphql_fast_path_1 = require("./graphql-fast-path");
const public_cache_1 = require("./public-cache");
/**
 * What anonymous readers get, computed once per data generation and London date and kept in
 * memory: the GraphQL fast path, and `PublicCache` for any other public bytes.
 */
let PublicCacheModule = class PublicCacheModule {
};
exports.PublicCacheModule = PublicCacheModule;
exports.PublicCacheModule = PublicCacheModule = __decorate([
    (0, common_1.Module)({
        imports: [auth_module_1.AuthModule],
        providers: [generation_check_1.GenerationCheck, public_cache_1.PublicCache, graphql_fast_path_1.GraphQLFastPath],
        exports: [public_cache_1.PublicCache, graphql_fast_path_1.GraphQLFastPath],
    })
], PublicCacheModule);
//# sourceMappingURL=public-cache.module.js.map