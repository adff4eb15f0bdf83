"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Transactions = exports.WRITE_LOCK = void 0;
exports.holdWriteLock = holdWriteLock;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
/** The advisory lock every write transaction on PostgreSQL holds until it commits or rolls back. */
exports.WRITE_LOCK = 7_264_513_002;
/**
 * Runs every domain write as one transaction, one write at a time across the installation
 * (docs/adr/0010-one-writer-across-processes.md).
 *
 * - SQLite has one writer and TypeORM's sqlite driver shares one connection in the process, so
 *   a queue in the process starts each transaction only when the one before has ended.
 * - On PostgreSQL each transaction has a pooled connection of its own and, first of all, takes
 *   a transaction-scoped advisory lock, which PostgreSQL releases at commit or rollback. Writes
 *   from every process wait their turn for it; reads never do.
 */
let Transactions = class Transactions {
    dataSource;
    tail = Promise.resolve();
    postgres;
    constructor(dataSource) {
        this.dataSource = dataSource;
        this.postgres = dataSource.options.type === 'postgres';
    }
    run(work) {
        if (this.postgres) {
            return this.dataSource.transaction(async (manager) => {
                await holdWriteLock(manager);
                return work(manager);
            });
        }
        const result = this.tail.then(() => this.dataSource.transaction(work));
        this.tail = result.catch(() => undefined);
        return result;
    }
};
exports.Transactions = Transactions;
exports.Transactions = Transactions = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [typeorm_1.DataSource])
], Transactions);
/**
 * On PostgreSQL, waits for the installation's write lock and holds it to the end of the
 * manager's transaction; on SQLite, where the queue orders writes, does nothing. For the few
 * writers that open their own transaction (the seed).
 */
async function holdWriteLock(manager) {
    if (manager.connection.options.type === 'postgres') {
        await manager.query('SELECT pg_advisory_xact_lock($1)', [exports.WRITE_LOCK]);
    }
}
//# sourceMappingURL=transactions.js.map