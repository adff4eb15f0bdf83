"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CommonModule = void 0;
const common_1 = require("@nestjs/common");
const clock_1 = require("./clock");
const slug_namespace_1 = require("./slug-namespace");
const transactions_1 = require("./transactions");
/** Providers every feature uses. */
let CommonModule = class CommonModule {
};
exports.CommonModule = CommonModule;
exports.CommonModule = CommonModule = __decorate([
    (0, common_1.Global)(),
    (0, common_1.Module)({ providers: [clock_1.Clock, transactions_1.Transactions, slug_namespace_1.SlugNamespace], exports: [clock_1.Clock, transactions_1.Transactions, slug_namespace_1.SlugNamespace] })
], CommonModule);
//# sourceMappingURL=common.module.js.map