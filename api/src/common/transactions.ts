import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** The advisory lock every write transaction on PostgreSQL holds until it commits or rolls back. */
export const WRITE_LOCK = 7_264_513_002;

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
@Injectable()
export class Transactions {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly postgres: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.postgres = dataSource.options.type === 'postgres';
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
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
}

/**
 * On PostgreSQL, waits for the installation's write lock and holds it to the end of the
 * manager's transaction; on SQLite, where the queue orders writes, does nothing. For the few
 * writers that open their own transaction (the seed).
 */
export async function holdWriteLock(manager: EntityManager): Promise<void> {
  if (manager.connection.options.type === 'postgres') {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
  }
}
