"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FlagColumn = exports.StringColumn = exports.TextColumn = exports.DateColumn = exports.InstantColumn = exports.RefColumn = exports.IdColumn = void 0;
const typeorm_1 = require("typeorm");
/** Column helpers shared by every entity, so types and lengths are the same everywhere. */
const IdColumn = () => (0, typeorm_1.PrimaryColumn)({ type: 'varchar', length: 36 });
exports.IdColumn = IdColumn;
const RefColumn = (options = {}) => (0, typeorm_1.Column)({ type: 'varchar', length: 36, ...options });
exports.RefColumn = RefColumn;
/** An instant, as ISO-8601 UTC text. */
const InstantColumn = (options = {}) => (0, typeorm_1.Column)({ type: 'varchar', length: 24, ...options });
exports.InstantColumn = InstantColumn;
/** A calendar date (Europe/London), as YYYY-MM-DD text. */
const DateColumn = (options = {}) => (0, typeorm_1.Column)({ type: 'varchar', length: 10, nullable: true, ...options });
exports.DateColumn = DateColumn;
const TextColumn = (options = {}) => (0, typeorm_1.Column)({ type: 'text', ...options });
exports.TextColumn = TextColumn;
const StringColumn = (length, options = {}) => (0, typeorm_1.Column)({ type: 'varchar', length, ...options });
exports.StringColumn = StringColumn;
const FlagColumn = (name) => (0, typeorm_1.Column)({ type: 'boolean', name, default: false });
exports.FlagColumn = FlagColumn;
//# sourceMappingURL=columns.js.map