/** The most bytes one upload (or a file given to `tracker import`) may have: 20 MB. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The most bytes the files inside one zip may have together, once inflated: 50 MB. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

/** The most entries one zip may hold (the export writes 12). */
export const MAX_ZIP_ENTRIES = 25;

/**
 * The most an entry may grow when inflated, for entries over 1 MB. CSV text compresses about
 * tenfold; a zip bomb compresses a thousandfold and more.
 */
export const MAX_COMPRESSION_RATIO = 100;
export const RATIO_CHECK_FROM_BYTES = 1024 * 1024;

export const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;
