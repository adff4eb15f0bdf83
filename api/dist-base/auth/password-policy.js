"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONTEXT_WORD_MIN_LENGTH = exports.PASSWORD_MAX_LENGTH = exports.PASSWORD_MIN_LENGTH = void 0;
exports.passwordProblem = passwordProblem;
const common_passwords_json_1 = __importDefault(require("./common-passwords.json"));
const keyboard_runs_1 = require("./keyboard-runs");
exports.PASSWORD_MIN_LENGTH = 12;
exports.PASSWORD_MAX_LENGTH = 256;
/** Words of the account's context shorter than this are too common to refuse. */
exports.CONTEXT_WORD_MIN_LENGTH = 3;
const COMMON = new Set(common_passwords_json_1.default.passwords);
/** Lower case, letters and digits only: "Labour Muslim Network" and "labour-muslim-network!" compare equal. */
function letters(text) {
    return text
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]/gu, '');
}
/** The part of an email before its last @. */
function localPart(email) {
    const at = email.lastIndexOf('@');
    return at > 0 ? email.slice(0, at) : email;
}
function contains(password, word) {
    const needle = letters(word);
    return [...needle].length >= exports.CONTEXT_WORD_MIN_LENGTH && letters(password).includes(needle);
}
/**
 * The policy of docs/security.md: 12 to 256 characters; not one of the commonly used passwords, one
 * character repeated, or mostly a run of neighbouring keys, letters or digits; not containing the
 * email's local part or the organisation's name; and no composition rules. Returns what is wrong,
 * in words a person can act on, or null.
 */
function passwordProblem(password, context) {
    const chars = [...password];
    if (chars.length < exports.PASSWORD_MIN_LENGTH)
        return `Use at least ${exports.PASSWORD_MIN_LENGTH} characters; a few words in a row work well.`;
    if (chars.length > exports.PASSWORD_MAX_LENGTH)
        return `Use at most ${exports.PASSWORD_MAX_LENGTH} characters.`;
    if (COMMON.has(password.toLowerCase()))
        return 'This password is one of the most commonly used; choose another.';
    if (new Set(password.toLowerCase()).size === 1)
        return 'This password is one character repeated; a few words in a row work well.';
    if ((0, keyboard_runs_1.charactersInRuns)(password) * 2 > chars.length)
        return 'This password is mostly a run of neighbouring keys, letters or digits (like qwerty, abcdef or 123456); a few words in a row work well.';
    if (context && contains(password, localPart(context.email)))
        return 'This password contains the name of your email address (before the @); choose one without it.';
    if (context?.organisationNames.some((name) => contains(password, name)))
        return 'This password contains the name of your organisation; choose one without it.';
    return null;
}
//# sourceMappingURL=password-policy.js.map