"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readZip = readZip;
const yauzl_1 = require("yauzl");
const import_limits_1 = require("./import-limits");
const import_preview_1 = require("./import-preview");
const open = (buffer) => new Promise((resolve, reject) => {
    (0, yauzl_1.fromBuffer)(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, zip) => error ? reject(new import_preview_1.UnreadableFile(`This is not a zip file we can read (${error.message}).`)) : resolve(zip));
});
const entryStream = (zip, entry) => new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
});
/** Inflates one entry, stopping as soon as it grows past what its header declared. */
async function inflate(zip, entry) {
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of await entryStream(zip, entry)) {
            size += chunk.length;
            if (size > entry.uncompressedSize)
                throw new Error('it is larger than it says');
            chunks.push(chunk);
        }
    }
    catch (error) {
        throw new import_preview_1.UnreadableFile(`${entry.fileName} in the zip is damaged (${error.message}).`);
    }
    return Buffer.concat(chunks);
}
/**
 * The files of a zip, checked before anything is inflated: at most MAX_ZIP_ENTRIES entries,
 * plain file names without folders, names `allowed` accepts, MAX_UNZIPPED_BYTES in all and no
 * entry that inflates more than MAX_COMPRESSION_RATIO times (a zip bomb). yauzl reads each
 * entry's sizes from the central directory and checks the inflated bytes against them.
 */
async function readZip(buffer, allowed) {
    const zip = await open(buffer);
    if (zip.entryCount > import_limits_1.MAX_ZIP_ENTRIES) {
        zip.close();
        throw new import_preview_1.UnreadableFile(`The zip holds ${zip.entryCount} files; an export holds 12 and an import takes at most ${import_limits_1.MAX_ZIP_ENTRIES}.`);
    }
    const entries = await new Promise((resolve, reject) => {
        const found = [];
        zip.on('entry', (entry) => {
            found.push(entry);
            zip.readEntry();
        });
        zip.on('end', () => resolve(found));
        zip.on('error', (error) => reject(new import_preview_1.UnreadableFile(`This zip file is damaged (${error.message}).`)));
        zip.readEntry();
    });
    try {
        let total = 0;
        for (const entry of entries) {
            const name = entry.fileName;
            if (name.includes('/') || name.includes('\\'))
                throw new import_preview_1.UnreadableFile(`The zip holds "${name}": files must be at its top level, not in folders.`);
            if (!allowed(name))
                throw new import_preview_1.UnreadableFile(`The zip holds "${name}", which is not one of the files of an export (plan.csv, commitments.csv, …).`);
            if (entry.isEncrypted())
                throw new import_preview_1.UnreadableFile(`${name} in the zip is encrypted; we cannot read it.`);
            total += entry.uncompressedSize;
            if (total > import_limits_1.MAX_UNZIPPED_BYTES)
                throw new import_preview_1.FileTooLarge(`The files in the zip come to more than ${(0, import_limits_1.megabytes)(import_limits_1.MAX_UNZIPPED_BYTES)} unpacked.`);
            if (entry.uncompressedSize > import_limits_1.RATIO_CHECK_FROM_BYTES &&
                entry.uncompressedSize > import_limits_1.MAX_COMPRESSION_RATIO * Math.max(1, entry.compressedSize))
                throw new import_preview_1.FileTooLarge(`${name} in the zip would grow more than ${import_limits_1.MAX_COMPRESSION_RATIO} times when unpacked; that is not an export of ours.`);
        }
        const files = [];
        for (const entry of entries)
            files.push({ name: entry.fileName, bytes: await inflate(zip, entry) });
        return files;
    }
    finally {
        zip.close();
    }
}
//# sourceMappingURL=read-zip.js.map