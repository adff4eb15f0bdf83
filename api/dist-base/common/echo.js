"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ECHO_MAX = void 0;
exports.truncate = truncate;
/** The most of a value a client sent that an error message repeats back to them. */
exports.ECHO_MAX = 100;
/** `text` cut to at most `max` characters, ending in "…" when it was longer; never halves an emoji. */
function truncate(text, max = exports.ECHO_MAX) {
    if (text.length <= max)
        return text;
    const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
    return `${text.slice(0, end)}…`;
}
//# sourceMappingURL=echo.js.map