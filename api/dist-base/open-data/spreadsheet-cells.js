"use strict";
/**
 * Formula injection: a spreadsheet treats a cell starting with `=`, `+`, `-`, `@`, tab or
 * carriage return as a formula. The export writes such text cells with a leading `'` (the
 * OWASP rule Excel and LibreOffice honour, showing the cell as text); the import undoes
 * exactly that. A cell that already starts with quotes followed by one of those characters
 * gets one more quote too, so `restore(neutralise(text)) === text` for every string.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.neutralise = neutralise;
exports.restore = restore;
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r']);
const QUOTE = "'";
/** True when the text, after any leading quotes, starts with a character a spreadsheet reads as a formula. */
function startsLikeFormula(text) {
    let index = 0;
    while (text[index] === QUOTE)
        index += 1;
    return index < text.length && FORMULA_STARTS.has(text[index]);
}
/** The text as a CSV cell that spreadsheets show as text. */
function neutralise(text) {
    return startsLikeFormula(text) ? QUOTE + text : text;
}
/** The text a neutralised cell stands for. */
function restore(cell) {
    return cell.startsWith(QUOTE) && startsLikeFormula(cell) ? cell.slice(1) : cell;
}
//# sourceMappingURL=spreadsheet-cells.js.map