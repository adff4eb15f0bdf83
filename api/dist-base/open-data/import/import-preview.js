"use strict";
/**
 * What an import finds and does, row by row: the answer of `POST /data/<org>/import` and what
 * `tracker import` prints (docs/open-data.md).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.countActions = exports.FileTooLarge = exports.UnreadableFile = void 0;
/** A file the import cannot read at all (not a zip, not JSON, an unknown name): 400 with this message. */
class UnreadableFile extends Error {
    constructor(message) {
        super(message);
        this.name = 'UnreadableFile';
    }
}
exports.UnreadableFile = UnreadableFile;
/** A file over the stated limits: 413 with this message. */
class FileTooLarge extends Error {
    constructor(message) {
        super(message);
        this.name = 'FileTooLarge';
    }
}
exports.FileTooLarge = FileTooLarge;
const countActions = (rows) => {
    const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
    for (const row of rows)
        counts[row.action] += 1;
    return counts;
};
exports.countActions = countActions;
//# sourceMappingURL=import-preview.js.map