"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HttpUrlField = exports.FlagField = exports.EnumField = exports.ReferenceField = exports.SlugField = exports.DateField = exports.NullableTextField = exports.TextField = exports.VersionField = exports.IdListField = exports.IdField = exports.ID_MAX = exports.REFERENCE_MAX = exports.SLUG_MAX = void 0;
const common_1 = require("@nestjs/common");
const graphql_1 = require("@nestjs/graphql");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const scalars_1 = require("./scalars");
/** Validators shared by every input type, so limits are the same on every form. */
/** The longest slug, reference (R4, C13) and id (a UUID) there can be. */
exports.SLUG_MAX = 80;
exports.REFERENCE_MAX = 20;
exports.ID_MAX = 36;
const trim = (0, class_transformer_1.Transform)(({ value }) => (typeof value === 'string' ? value.trim() : value));
/**
 * For fields an `update*` input may leave out but never clear: a missing value skips the checks,
 * an explicit `null` is checked (and refused) like any other value.
 */
const unlessLeftOut = [
    (0, class_validator_1.ValidateIf)((_object, value) => value !== undefined),
    (0, class_validator_1.IsDefined)({ message: '$property cannot be cleared; leave it out to keep it as it is' }),
];
const IdField = (description) => (0, common_1.applyDecorators)((0, graphql_1.Field)(() => graphql_1.ID, { description }), (0, class_validator_1.IsUUID)('4', { message: '$property must be an id this API gave out' }));
exports.IdField = IdField;
/** An optional list of ids, at most 100, each one an id this API gave out. */
const IdListField = (description) => (0, common_1.applyDecorators)((0, graphql_1.Field)(() => [graphql_1.ID], { nullable: true, description }), (0, class_validator_1.IsOptional)(), (0, class_validator_1.IsArray)(), (0, class_validator_1.ArrayMaxSize)(100, { message: '$property may hold at most 100 ids' }), (0, class_validator_1.IsUUID)('4', { each: true, message: '$property must hold ids this API gave out' }));
exports.IdListField = IdListField;
const VersionField = () => (0, common_1.applyDecorators)((0, graphql_1.Field)(() => graphql_1.Int, { description: 'The version the editor saw; a stale one gets CONFLICT.' }), (0, class_validator_1.IsInt)(), (0, class_validator_1.Min)(1));
exports.VersionField = VersionField;
/** Required text, trimmed, 1..max characters; `optional` lets an update leave it out, never clear it. */
const TextField = (max, options = {}) => (0, common_1.applyDecorators)((0, graphql_1.Field)(() => String, { nullable: options.optional, description: options.description }), ...(options.optional ? unlessLeftOut : []), trim, (0, class_validator_1.IsString)({ message: '$property must be text' }), (0, class_validator_1.IsNotEmpty)({ message: '$property must not be empty' }), (0, class_validator_1.MaxLength)(max, { message: `$property must be at most ${max} characters` }));
exports.TextField = TextField;
/** Optional text that may be empty or cleared with null. */
const NullableTextField = (max, description) => (0, common_1.applyDecorators)((0, graphql_1.Field)(() => String, { nullable: true, description }), (0, class_validator_1.IsOptional)(), trim, (0, class_validator_1.IsString)(), (0, class_validator_1.MaxLength)(max, { message: `$property must be at most ${max} characters` }));
exports.NullableTextField = NullableTextField;
const DateField = (description) => (0, common_1.applyDecorators)((0, graphql_1.Field)(() => scalars_1.DateScalar, { nullable: true, description }), (0, class_validator_1.IsOptional)(), (0, class_validator_1.IsString)());
exports.DateField = DateField;
const SlugField = () => (0, common_1.applyDecorators)((0, graphql_1.Field)(() => String, { description: 'Lowercase letters, digits and hyphens; unique across the installation.' }), (0, class_validator_1.IsString)(), (0, class_validator_1.Matches)(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be lowercase letters, digits and single hyphens' }), (0, class_validator_1.MaxLength)(exports.SLUG_MAX));
exports.SlugField = SlugField;
/** A short reference such as R4 or C13: a letter or digit, then up to 19 letters, digits, dots or hyphens. */
const ReferenceField = (options = {}) => (0, common_1.applyDecorators)((0, graphql_1.Field)(() => String, { nullable: options.optional, description: options.description }), ...(options.optional ? unlessLeftOut : []), trim, (0, class_validator_1.IsString)({ message: '$property must be text' }), (0, class_validator_1.Matches)(new RegExp(`^[A-Za-z0-9][A-Za-z0-9.-]{0,${exports.REFERENCE_MAX - 1}}$`), {
    message: `$property must be 1 to ${exports.REFERENCE_MAX} letters, digits, dots or hyphens, starting with a letter or digit`,
}));
exports.ReferenceField = ReferenceField;
/**
 * A value of a registered GraphQL enum. GraphQL itself refuses unknown values; the check here
 * keeps the rule when the input is built in code. `optional` lets an update leave it out, never clear it.
 */
const EnumField = (values, options = {}) => (0, common_1.applyDecorators)((0, graphql_1.Field)(() => values, {
    nullable: options.optional,
    defaultValue: options.defaultValue,
    description: options.description,
}), ...(options.optional ? unlessLeftOut : []), (0, class_validator_1.IsEnum)(values, { message: `$property must be one of ${Object.values(values).join(', ')}` }));
exports.EnumField = EnumField;
/** A yes/no switch with a default, so it may be left out. */
const FlagField = (defaultValue, description) => (0, common_1.applyDecorators)((0, graphql_1.Field)(() => Boolean, { defaultValue, description }), (0, class_validator_1.IsBoolean)());
exports.FlagField = FlagField;
/** An http or https address; `optional` also lets an update clear it with null. */
const HttpUrlField = (options = {}) => (0, common_1.applyDecorators)((0, graphql_1.Field)(() => String, { nullable: options.optional }), ...(options.optional ? [(0, class_validator_1.IsOptional)()] : []), (0, class_validator_1.IsString)(), (0, class_validator_1.Matches)(/^https?:\/\/[^\s]+$/i, { message: '$property must be an http or https address' }), (0, class_validator_1.MaxLength)(options.max ?? 2000));
exports.HttpUrlField = HttpUrlField;
//# sourceMappingURL=input-fields.js.map