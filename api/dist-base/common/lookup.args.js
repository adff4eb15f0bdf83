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
exports.ReferenceArgs = exports.IdArgs = exports.SlugArgs = void 0;
const graphql_1 = require("@nestjs/graphql");
const class_validator_1 = require("class-validator");
const input_fields_1 = require("./input-fields");
/**
 * The arguments that look one item up. Each is capped at the longest value the API ever gives out,
 * so an over-long one is refused as BAD_USER_INPUT before any query runs.
 */
let SlugArgs = class SlugArgs {
    slug;
};
exports.SlugArgs = SlugArgs;
__decorate([
    (0, graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(input_fields_1.SLUG_MAX, { message: `slug must be at most ${input_fields_1.SLUG_MAX} characters` }),
    __metadata("design:type", String)
], SlugArgs.prototype, "slug", void 0);
exports.SlugArgs = SlugArgs = __decorate([
    (0, graphql_1.ArgsType)()
], SlugArgs);
let IdArgs = class IdArgs {
    id;
};
exports.IdArgs = IdArgs;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(input_fields_1.ID_MAX, { message: `id must be at most ${input_fields_1.ID_MAX} characters` }),
    __metadata("design:type", String)
], IdArgs.prototype, "id", void 0);
exports.IdArgs = IdArgs = __decorate([
    (0, graphql_1.ArgsType)()
], IdArgs);
let ReferenceArgs = class ReferenceArgs {
    reference;
};
exports.ReferenceArgs = ReferenceArgs;
__decorate([
    (0, graphql_1.Field)(() => String),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(input_fields_1.REFERENCE_MAX, { message: `reference must be at most ${input_fields_1.REFERENCE_MAX} characters` }),
    __metadata("design:type", String)
], ReferenceArgs.prototype, "reference", void 0);
exports.ReferenceArgs = ReferenceArgs = __decorate([
    (0, graphql_1.ArgsType)()
], ReferenceArgs);
//# sourceMappingURL=lookup.args.js.map