"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.megabytes = exports.RATIO_CHECK_FROM_BYTES = exports.MAX_COMPRESSION_RATIO = exports.MAX_ZIP_ENTRIES = exports.MAX_UNZIPPED_BYTES = exports.MAX_UPLOAD_BYTES = void 0;
/** The most bytes one upload (or a file given to `tracker import`) may have: 20 MB. */
exports.MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** The most bytes the files inside one zip may have together, once inflated: 50 MB. */
exports.MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
/** The most entries one zip may hold (the export writes 12). */
exports.MAX_ZIP_ENTRIES = 25;
/**
 * The most an entry may grow when inflated, for entries over 1 MB. CSV text compresses about
 * tenfold; a zip bomb compresses a thousandfold and more.
 */
exports.MAX_COMPRESSION_RATIO = 100;
exports.RATIO_CHECK_FROM_BYTES = 1024 * 1024;
const megabytes = (bytes) => `${Math.round(bytes / (1024 * 1024))} MB`;
exports.megabytes = megabytes;
//# sourceMappingURL=import-limits.js.map