"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KNOWN_MIGRATIONS = exports.SqliteFile = void 0;
exports.databaseFile = databaseFile;
exports.fileOption = fileOption;
exports.looksLikeSqlite = looksLikeSqlite;
exports.foreignMigrations = foreignMigrations;
exports.describe = describe;
exports.sayContents = sayContents;
exports.syncToDisk = syncToDisk;
exports.processesHolding = processesHolding;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const sqlite3_1 = require("sqlite3");
const domain_error_1 = require("../common/domain-error");
const app_config_1 = require("../config/app-config");
const data_source_1 = require("../database/data-source");
const migrations_1 = require("../database/migrations");
/** The first 16 bytes of every SQLite database file. */
const SQLITE_HEADER = 'SQLite format 3\0';
/** The SQLite file DATABASE_URL names; a PostgreSQL URL is refused, as its backups are PostgreSQL's own job. */
function databaseFile(command) {
    const url = process.env.DATABASE_URL ?? '';
    if (/^postgres(ql)?:\/\//.test(url))
        throw (0, domain_error_1.badInput)(`tracker ${command} works on an SQLite file, and DATABASE_URL names a PostgreSQL database. ` +
            'On PostgreSQL, backups are PostgreSQL’s own job. Back up and restore PostgreSQL with its own tools ' +
            '(pg_dump and pg_restore), as docs/operations.md shows.');
    const target = (0, app_config_1.loadConfig)().database;
    if (target.kind !== 'sqlite')
        throw (0, domain_error_1.badInput)(`tracker ${command} works on an SQLite file only.`);
    return (0, node_path_1.resolve)(target.path);
}
/** The absolute path given to an option such as --to FILE. */
function fileOption(args, name) {
    const index = args.indexOf(name);
    const value = index < 0 ? undefined : args[index + 1];
    if (value === undefined || value.startsWith('--'))
        throw (0, domain_error_1.badInput)(`${name} FILE is required.`);
    return (0, node_path_1.resolve)(value);
}
/** One connection of the command's own to an SQLite file, opened without creating it. */
class SqliteFile {
    db;
    constructor(db) {
        this.db = db;
    }
    static open(path) {
        return new Promise((done, fail) => {
            const db = new sqlite3_1.Database(path, sqlite3_1.OPEN_READWRITE, (error) => error ? fail(error) : done(new SqliteFile(db)));
        });
    }
    all(sql, parameters = []) {
        return new Promise((done, fail) => this.db.all(sql, parameters, (error, rows) => (error ? fail(error) : done(rows))));
    }
    close() {
        return new Promise((done, fail) => this.db.close((error) => (error ? fail(error) : done())));
    }
    /** Waits for a writer as the server does, rather than failing at once with SQLITE_BUSY. */
    async waitWhenBusy() {
        await this.all(`PRAGMA busy_timeout = ${data_source_1.SQLITE_PRAGMAS.busy_timeout}`);
    }
    /** What `PRAGMA integrity_check` says: `['ok']` for a sound database. */
    async integrity() {
        const rows = await this.all('PRAGMA integrity_check');
        return rows.map((row) => row.integrity_check);
    }
    /** The migrations applied to the file, oldest first; null when it has no migrations table. */
    async migrations() {
        const tables = await this.all("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'migrations'");
        if (tables.length === 0)
            return null;
        return this.all('SELECT timestamp, name FROM migrations ORDER BY timestamp, id');
    }
    async count(table) {
        const [row] = await this.all(`SELECT COUNT(*) AS n FROM ${table}`);
        return row.n;
    }
}
exports.SqliteFile = SqliteFile;
/** Whether the file starts as an SQLite database does. */
function looksLikeSqlite(path) {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const fd = (0, node_fs_1.openSync)(path, 'r');
    try {
        return (0, node_fs_1.readSync)(fd, header, 0, header.length, 0) === header.length && header.toString('latin1') === SQLITE_HEADER;
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
}
/** The names of the migrations this code knows, as TypeORM records them in the migrations table. */
exports.KNOWN_MIGRATIONS = migrations_1.MIGRATIONS.map((Migration) => new Migration().name ?? Migration.name);
/** The timestamp a migration's name ends with, as TypeORM reads it. */
const timestampOf = (name) => Number(/\d{13}$/.exec(name)?.[0] ?? 0);
/** The file's migrations that this code does not know, each said as newer than the code or unknown to it. */
function foreignMigrations(applied) {
    const known = new Set(exports.KNOWN_MIGRATIONS);
    const newest = Math.max(...exports.KNOWN_MIGRATIONS.map(timestampOf));
    return applied
        .filter((migration) => !known.has(migration.name))
        .map((migration) => `${migration.name} (${Number(migration.timestamp) > newest ? 'newer than this code' : 'unknown to this code'})`);
}
async function describe(file, path) {
    const migrations = ((await file.migrations()) ?? []).map((migration) => migration.name);
    return {
        bytes: (0, node_fs_1.statSync)(path).size,
        migrations,
        plans: await file.count('action_plan'),
        ledgerEntries: await file.count('status_update'),
    };
}
function sayContents(contents) {
    const size = contents.bytes >= 1024 * 1024
        ? `${(contents.bytes / 1024 / 1024).toFixed(1)} MB`
        : `${(contents.bytes / 1024).toFixed(1)} KB`;
    const latest = contents.migrations.at(-1) ?? 'none';
    return [
        `  size:            ${size} (${contents.bytes} bytes)`,
        `  migrations:      ${contents.migrations.length} (latest ${latest})`,
        `  plans:           ${contents.plans}`,
        `  ledger entries:  ${contents.ledgerEntries}`,
        '  integrity check: ok',
    ].join('\n');
}
/** Writes the file's data, then its folder's entry, to the disk before the command says it is done. */
function syncToDisk(path) {
    for (const [target, flags] of [
        [path, 'r+'],
        [(0, node_path_1.dirname)(path), 'r'],
    ]) {
        const fd = (0, node_fs_1.openSync)(target, flags);
        try {
            (0, node_fs_1.fsyncSync)(fd);
        }
        finally {
            (0, node_fs_1.closeSync)(fd);
        }
    }
}
/** `device:inode` as /proc/locks writes it (major and minor in hex), for a file that exists. */
function lockKey(path) {
    if (!(0, node_fs_1.existsSync)(path))
        return null;
    const { dev, ino } = (0, node_fs_1.statSync)(path);
    const major = (dev >> 8) & 0xfff;
    const minor = (dev & 0xff) | ((dev >> 12) & 0xfff00);
    return `${major}:${minor}:${ino}`;
}
/**
 * The processes other than this one that hold the SQLite file open, found by the locks SQLite
 * takes on it and on its -shm file (Linux's /proc/locks); null where that cannot be read.
 */
function processesHolding(path) {
    let table;
    try {
        table = (0, node_fs_1.readFileSync)('/proc/locks', 'utf8');
    }
    catch {
        return null;
    }
    const keys = new Set([lockKey(path), lockKey(`${path}-shm`)].filter((key) => key !== null));
    const pids = new Set();
    for (const line of table.split('\n')) {
        const fields = line.trim().split(/\s+/);
        const file = fields.find((field) => /^[0-9a-f]+:[0-9a-f]+:\d+$/.test(field));
        if (!file)
            continue;
        const [major, minor, ino] = file.split(':');
        const pid = Number(fields[fields.indexOf(file) - 1]);
        if (keys.has(`${parseInt(major, 16)}:${parseInt(minor, 16)}:${ino}`) && pid !== process.pid)
            pids.add(pid);
    }
    return [...pids].map((pid) => {
        let command = 'unknown';
        try {
            command = (0, node_fs_1.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
        }
        catch {
            // The process ended, or belongs to another user; its number is still said.
        }
        return { pid, command };
    });
}
//# sourceMappingURL=database-file.js.map