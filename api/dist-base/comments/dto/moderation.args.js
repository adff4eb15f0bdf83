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
exports.ModerationArgs = void 0;
const graphql_1 = require("@nestjs/graphql");
const class_validator_1 = require("class-validator");
const pagination_1 = require("../../common/pagination");
let ModerationArgs = class ModerationArgs extends pagination_1.ConnectionArgs {
    hidden;
};
exports.ModerationArgs = ModerationArgs;
__decorate([
    (0, graphql_1.Field)(() => Boolean, { nullable: true, description: 'true: only hidden comments; false: only visible ones.' }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Object)
], ModerationArgs.prototype, "hidden", void 0);
exports.ModerationArgs = ModerationArgs = __decorate([
    (0, graphql_1.ArgsType)()
], ModerationArgs);
//# sourceMappingURL=moderation.args.js.map