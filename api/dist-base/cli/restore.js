"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.restore = restore;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const domain_error_1 = require("../common/domain-error");
const database_file_1 = require("./database-file");
const SIDE_FILES = ['-wal', '-shm'];
/** Refuses while another process holds `path` open, naming it. */
function refuseIfOpen(path, advice) {
    const holders = (0, database_file_1.processesHolding)(path) ?? [];
    if (holders.length === 0)
        return;
    const named = holders.map((holder) => `process ${holder.pid} (${holder.command})`).join(', ');
    throw (0, domain_error_1.badInput)(`${path} is open in ${named}. ${advice}`);
}
/**
 * Checks the copy taken of the backup: a sound SQLite database of the tracker whose migrations
 * this code knows. Says what it holds and which migrations the next start applies.
 */
async function check(staging, from) {
    let copy;
    try {
        copy = await database_file_1.SqliteFile.open(staging);
    }
    catch (error) {
        throw (0, domain_error_1.badInput)(`${from} cannot be opened as an SQLite database: ${error.message}`);
    }
    try {
        let integrity;
        try {
            integrity = await copy.integrity();
        }
        catch (error) {
            throw (0, domain_error_1.badInput)(`${from} fails SQLite's integrity check: ${error.message}`);
        }
        if (integrity.join() !== 'ok')
            throw (0, domain_error_1.badInput)(`${from} fails SQLite's integrity check:\n  ${integrity.slice(0, 10).join('\n  ')}`);
        const applied = await copy.migrations();
        if (!applied)
            throw (0, domain_error_1.badInput)(`${from} is an SQLite database but not the tracker's: it has no migrations table.`);
        const foreign = (0, database_file_1.foreignMigrations)(applied);
        if (foreign.length > 0)
            throw (0, domain_error_1.badInput)(`${from} carries migrations this version of the tracker does not have: ${foreign.join(', ')}. ` +
                'Restore it with the version of the tracker that wrote it, or a newer one.');
        const names = new Set(applied.map((migration) => migration.name));
        return {
            contents: await (0, database_file_1.describe)(copy, staging),
            pending: database_file_1.KNOWN_MIGRATIONS.filter((name) => !names.has(name)),
        };
    }
    finally {
        await copy.close();
    }
}
/**
 * Folds the database's write-ahead log into it (when it can be opened), then moves it and any
 * -wal and -shm left beside it to `<database>.replaced-<time>`, so the replaced database stays
 * whole and no stale log is ever read with the restored file.
 */
async function setAside(database) {
    try {
        const current = await database_file_1.SqliteFile.open(database);
        try {
            await current.all('PRAGMA wal_checkpoint(TRUNCATE)');
        }
        finally {
            await current.close();
        }
    }
    catch {
        // A database that cannot be opened is moved aside as it is, with its -wal and -shm.
    }
    const replaced = `${database}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    if ((0, node_fs_1.existsSync)(replaced))
        throw (0, domain_error_1.badInput)(`${replaced} already exists; try again in a moment.`);
    for (const suffix of ['', ...SIDE_FILES]) {
        if ((0, node_fs_1.existsSync)(`${database}${suffix}`))
            (0, node_fs_1.renameSync)(`${database}${suffix}`, `${replaced}${suffix}`);
    }
    return replaced;
}
/**
 * `tracker restore --from FILE`: replaces the database DATABASE_URL names with a backup, after
 * checking the backup (docs/operations.md, "Restoring"). Refuses while a server holds the
 * database open. The replaced database is kept beside it.
 */
async function restore(args) {
    const database = (0, database_file_1.databaseFile)('restore');
    const from = (0, database_file_1.fileOption)(args, '--from');
    if (!(0, node_fs_1.existsSync)(from) || !(0, node_fs_1.statSync)(from).isFile())
        throw (0, domain_error_1.badInput)(`There is no file at ${from} to restore from.`);
    if (from === database)
        throw (0, domain_error_1.badInput)('--from names the database itself; give the backup file to restore from.');
    if (!(0, database_file_1.looksLikeSqlite)(from))
        throw (0, domain_error_1.badInput)(`${from} is not an SQLite database.`);
    refuseIfOpen(database, 'Stop the server first (on a server: sudo systemctl stop tracker), then restore.');
    refuseIfOpen(from, 'Restore from a copy taken with tracker backup, not from a database in use.');
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(database), { recursive: true });
    const staging = `${database}.restoring-${process.pid}`;
    try {
        (0, node_fs_1.copyFileSync)(from, staging, node_fs_1.constants.COPYFILE_EXCL);
        if ((0, node_fs_1.existsSync)(`${from}-wal`))
            (0, node_fs_1.copyFileSync)(`${from}-wal`, `${staging}-wal`, node_fs_1.constants.COPYFILE_EXCL);
        const { contents, pending } = await check(staging, from);
        (0, database_file_1.syncToDisk)(staging);
        // A -wal or -shm without its database is set aside too: SQLite would read it with the restored file.
        const replaced = ['', ...SIDE_FILES].some((suffix) => (0, node_fs_1.existsSync)(`${database}${suffix}`))
            ? await setAside(database)
            : null;
        (0, node_fs_1.renameSync)(staging, database);
        (0, database_file_1.syncToDisk)(database);
        return [
            `Restored ${from} into ${database}:`,
            (0, database_file_1.sayContents)({ ...contents, bytes: (0, node_fs_1.statSync)(database).size }),
            replaced
                ? `The database it replaced is kept as ${replaced}.`
                : `There was no database at ${database} before; nothing was replaced.`,
            pending.length > 0
                ? `The server applies ${pending.length} newer migration(s) when it starts: ${pending.join(', ')}.`
                : 'Its migrations are those of this version of the tracker.',
            'Start the server to serve it (on a server: sudo systemctl start tracker).',
        ].join('\n');
    }
    finally {
        for (const file of [staging, ...SIDE_FILES.map((side) => `${staging}${side}`)])
            (0, node_fs_1.rmSync)(file, { force: true });
    }
}
//# sourceMappingURL=restore.js.map