"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.containsNul = exports.NUL_MESSAGE = void 0;
exports.anyNul = anyNul;
/**
 * U+0000 (NUL) in text. No one types it, SQLite would keep it, and PostgreSQL refuses it in every
 * text column; so it is refused at the door on both databases, with a message, and never reaches
 * the database.
 */
exports.NUL_MESSAGE = 'Text may not contain the NUL character (U+0000); remove it and try again.';
const containsNul = (text) => text.includes('\u0000');
exports.containsNul = containsNul;
/** Whether any string anywhere in a JSON-like value contains NUL (keys included). */
function anyNul(value) {
    if (typeof value === 'string')
        return (0, exports.containsNul)(value);
    if (Array.isArray(value))
        return value.some(anyNul);
    if (value !== null && typeof value === 'object')
        return Object.entries(value).some(([key, item]) => (0, exports.containsNul)(key) || anyNul(item));
    return false;
}
//# sourceMappingURL=nul-character.js.map