"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DATA_GENERATION_TABLE = void 0;
exports.bumpDataGeneration = bumpDataGeneration;
exports.readDataGeneration = readDataGeneration;
const node_crypto_1 = require("node:crypto");
/** The one-row table whose `token` changes with every write transaction (migration 1764800000000). */
exports.DATA_GENERATION_TABLE = 'data_generation';
/**
 * Marks the database as changed, inside the caller's write transaction: `value` counts the
 * writes, and `token` takes a value never used before. What was computed from the database is
 * current while the token it was computed at is still the database's.
 *
 * The token, not the count, is what readers compare: on SQLite a read on the process's one
 * connection can see a transaction that is still open, and a rolled-back write puts the count back
 * to a number the next write will reuse; it never brings back a token.
 */
async function bumpDataGeneration(manager) {
    const postgres = manager.connection.options.type === 'postgres';
    await manager.query(`UPDATE "${exports.DATA_GENERATION_TABLE}" SET "value" = "value" + 1, "token" = ${postgres ? '$1' : '?'}`, [(0, node_crypto_1.randomUUID)()]);
}
/** The database's current generation token: one indexed one-row read, outside any transaction. */
async function readDataGeneration(dataSource) {
    const rows = (await dataSource.query(`SELECT "token" FROM "${exports.DATA_GENERATION_TABLE}"`));
    if (rows.length !== 1)
        throw new Error(`The ${exports.DATA_GENERATION_TABLE} table must hold one row; it holds ${rows.length}.`);
    return rows[0].token;
}
//# sourceMappingURL=data-generation.js.map