"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MIGRATION_LOCK = exports.DatabaseUnavailableError = exports.SQLITE_PRAGMAS = void 0;
exports.dataSourceOptions = dataSourceOptions;
exports.describeDatabase = describeDatabase;
exports.openDatabase = openDatabase;
exports.applyPragmas = applyPragmas;
exports.readPragmas = readPragmas;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const pg_1 = require("pg");
const typeorm_1 = require("typeorm");
const entities_1 = require("./entities");
const migrations_1 = require("./migrations");
/** The pragmas every SQLite connection runs with (docs/security.md, "Data that is never lost"). */
exports.SQLITE_PRAGMAS = {
    journal_mode: 'wal',
    synchronous: 2, // FULL
    foreign_keys: 1,
    busy_timeout: 5000,
};
class DatabaseUnavailableError extends Error {
    name = 'DatabaseUnavailableError';
}
exports.DatabaseUnavailableError = DatabaseUnavailableError;
/** Makes sure the folder of the database file exists and is writable, with a message a person can act on. */
function prepareDatabaseFolder(path) {
    const folder = (0, node_path_1.dirname)(path);
    try {
        (0, node_fs_1.mkdirSync)(folder, { recursive: true });
        (0, node_fs_1.accessSync)(folder, node_fs_1.constants.W_OK);
    }
    catch (error) {
        const reason = error.code ?? String(error);
        throw new DatabaseUnavailableError(`Cannot write to the database folder ${folder} (${reason}). Set DATABASE_URL to a file in a writable folder.`);
    }
}
/**
 * PostgreSQL answers COUNT(*) and SUM over integers as bigint, which node-postgres leaves as a
 * string; the counts here are far below 2^53, so they are read as numbers, as SQLite gives them.
 */
pg_1.types.setTypeParser(pg_1.types.builtins.INT8, (value) => Number(value));
/** The advisory lock that lets one process at a time apply migrations (any 64-bit number of our own). */
exports.MIGRATION_LOCK = 7_264_513_001;
/** The options of the one DataSource of the application and the CLI. */
function dataSourceOptions(config) {
    const target = config.database;
    const common = {
        entities: entities_1.ENTITIES,
        migrations: migrations_1.MIGRATIONS,
        migrationsRun: false,
        synchronize: false,
        logging: false,
    };
    if (target.kind === 'postgres') {
        return {
            ...common,
            type: 'postgres',
            url: target.url,
            poolSize: config.DATABASE_POOL_SIZE,
            applicationName: 'action-plan-tracker',
            // A process that cannot reach the database says so within seconds rather than hanging.
            connectTimeoutMS: 10_000,
        };
    }
    return {
        ...common,
        type: 'sqlite',
        database: (0, node_path_1.resolve)(target.path),
        enableWAL: true,
        busyTimeout: exports.SQLITE_PRAGMAS.busy_timeout,
    };
}
/** Where a DataSource's database is, for messages: the file, or the PostgreSQL URL without its password. */
function describeDatabase(options) {
    if (options.type !== 'postgres')
        return String(options.database);
    const url = new URL(String(options.url));
    if (url.password)
        url.password = '***';
    return url.toString();
}
/**
 * Opens the DataSource and applies pending migrations: on SQLite after setting the durability
 * pragmas; on PostgreSQL holding an advisory lock, so that of several processes starting
 * together one migrates and the others wait, then find nothing left to do.
 */
async function openDatabase(options) {
    const sqlite = options.type === 'sqlite';
    if (sqlite)
        prepareDatabaseFolder(String(options.database));
    const dataSource = new typeorm_1.DataSource(options);
    try {
        await dataSource.initialize();
    }
    catch (error) {
        throw new DatabaseUnavailableError(`Cannot open the database ${describeDatabase(options)}: ${error.message}`);
    }
    if (sqlite) {
        await applyPragmas(dataSource);
        await dataSource.runMigrations({ transaction: 'each' });
    }
    else {
        await migrateHoldingLock(dataSource);
    }
    return dataSource;
}
async function migrateHoldingLock(dataSource) {
    const runner = dataSource.createQueryRunner();
    try {
        await runner.query('SELECT pg_advisory_lock($1)', [exports.MIGRATION_LOCK]);
        await dataSource.runMigrations({ transaction: 'each' });
    }
    finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [exports.MIGRATION_LOCK]).catch(() => undefined);
        await runner.release();
    }
}
async function applyPragmas(dataSource) {
    for (const [name, value] of Object.entries(exports.SQLITE_PRAGMAS)) {
        await dataSource.query(`PRAGMA ${name} = ${value}`);
    }
}
/** Reads the pragmas back, for tests and `/readyz`. */
async function readPragmas(dataSource) {
    const entries = await Promise.all(Object.keys(exports.SQLITE_PRAGMAS).map(async (name) => {
        const rows = await dataSource.query(`PRAGMA ${name}`);
        return [name, Object.values(rows[0])[0]];
    }));
    return Object.fromEntries(entries);
}
//# sourceMappingURL=data-source.js.map