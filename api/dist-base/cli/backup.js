"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.backup = backup;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const domain_error_1 = require("../common/domain-error");
const database_file_1 = require("./database-file");
/**
 * `tracker backup --to FILE [--force]`: a consistent copy of the SQLite database, taken while
 * the server serves and writes (docs/adr/0007-backups.md). The copy is written beside FILE
 * under another name, checked with PRAGMA integrity_check, written to the disk, and only then
 * given FILE's name, so FILE is never a half-written backup.
 */
async function backup(args) {
    const database = (0, database_file_1.databaseFile)('backup');
    const to = (0, database_file_1.fileOption)(args, '--to');
    const force = args.includes('--force');
    if (!(0, node_fs_1.existsSync)(database))
        throw (0, domain_error_1.badInput)(`There is no database at ${database} (DATABASE_URL) to back up.`);
    if (to === database)
        throw (0, domain_error_1.badInput)('--to names the database itself; give the backup a file name of its own.');
    if ((0, node_fs_1.existsSync)(to) && !force)
        throw (0, domain_error_1.badInput)(`${to} already exists; choose another name, or add --force to replace it.`);
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(to), { recursive: true });
    const partial = `${to}.partial-${process.pid}`;
    const started = performance.now();
    try {
        const source = await database_file_1.SqliteFile.open(database);
        try {
            await source.waitWhenBusy();
            // One read transaction: the copy is the database as it was when the statement began.
            await source.all('VACUUM INTO ?', [partial]);
        }
        finally {
            await source.close();
        }
        const copy = await database_file_1.SqliteFile.open(partial);
        let contents;
        try {
            const integrity = await copy.integrity();
            if (integrity.join() !== 'ok')
                throw new Error(`The copy failed its integrity check: ${integrity.join('; ')}`);
            contents = await (0, database_file_1.describe)(copy, partial);
        }
        finally {
            await copy.close();
        }
        (0, database_file_1.syncToDisk)(partial);
        if (force)
            (0, node_fs_1.renameSync)(partial, to);
        else {
            try {
                (0, node_fs_1.linkSync)(partial, to);
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
                throw (0, domain_error_1.badInput)(`${to} appeared while the backup was being taken; it was left as it is.`);
            }
        }
        (0, database_file_1.syncToDisk)(to);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        return `Backed up ${database} to ${to} in ${seconds} s:\n${(0, database_file_1.sayContents)(contents)}`;
    }
    finally {
        (0, node_fs_1.rmSync)(partial, { force: true });
    }
}
//# sourceMappingURL=backup.js.map