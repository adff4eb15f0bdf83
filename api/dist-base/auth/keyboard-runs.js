"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RUN_MIN_LENGTH = void 0;
exports.charactersInRuns = charactersInRuns;
/**
 * Rows of UK and US keyboards (unshifted and shifted), the digits and the alphabet, in order: a run
 * is a stretch of a password that walks along one of them, forwards or backwards.
 */
const SEQUENCES = [
    '`1234567890-=',
    '~!@#$%^&*()_+',
    '¬!"£$%^&*()_+',
    '01234567890',
    'qwertyuiop[]\\',
    'qwertyuiop{}|',
    "asdfghjkl;'#",
    'asdfghjkl:"~',
    'asdfghjkl:@',
    '\\zxcvbnm,./',
    '|zxcvbnm<>?',
    'abcdefghijklmnopqrstuvwxyz',
];
/** The shortest walk that counts as a run: "abc" does, "ab" does not. */
exports.RUN_MIN_LENGTH = 3;
/** Whether `next` follows `previous` one step along a sequence, in the direction `step` (+1 or -1). */
function follows(previous, next, step) {
    return SEQUENCES.some((sequence) => {
        let at = sequence.indexOf(previous);
        while (at >= 0) {
            if (sequence[at + step] === next)
                return true;
            at = sequence.indexOf(previous, at + 1);
        }
        return false;
    });
}
/** Whether `next` continues a run that went from `previous` with `step` (0: the same character again). */
function continues(previous, next, step) {
    return step === 0 ? previous === next : follows(previous, next, step);
}
/**
 * How many characters of `password` (ignoring case) belong to runs of at least RUN_MIN_LENGTH:
 * neighbouring keys of one keyboard row, consecutive letters or digits, forwards or backwards, or one
 * character repeated. `qwertyuiop12` has 10, `correct horse battery staple` none.
 */
function charactersInRuns(password) {
    const chars = [...password.toLowerCase()];
    const inRun = new Array(chars.length).fill(false);
    for (const step of [1, -1, 0]) {
        let start = 0;
        for (let i = 1; i <= chars.length; i++) {
            if (i < chars.length && continues(chars[i - 1], chars[i], step))
                continue;
            if (i - start >= exports.RUN_MIN_LENGTH)
                inRun.fill(true, start, i);
            start = i;
        }
    }
    return inRun.filter(Boolean).length;
}
//# sourceMappingURL=keyboard-runs.js.map