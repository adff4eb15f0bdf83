import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { ChangeBus } from './change-bus';
import { collectChanges, CommittedChange } from './changes';
import { bumpDataGeneration, DATA_GENERATION_TABLE } from './data-generation';

/**
 * Tables that no public answer reads (sessions have no GraphQL type): a transaction that writes
 * one of them alone, through `runUnpublished`, leaves the data generation as it is.
 */
const UNPUBLISHED_TABLES = new Set(['session']);

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
 *
 * Every transaction ends by bumping the data generation (common/data-generation.ts), so a
 * process that keeps computed answers (public-cache/) knows, from any process, that they are
 * out of date, and by handing the changes it announced (common/changes.ts) to the ChangeBus, which
 * tells the live subscriptions once the transaction has committed.
 */
@Injectable()
export class Transactions {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly postgres: boolean;
  private started = 0;
  private open = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: ChangeBus,
  ) {
    this.postgres = dataSource.options.type === 'postgres';
  }

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    let committed: CommittedChange[] = [];
    const result = await this.transaction(async (manager) => {
      const changes = collectChanges(manager);
      const value = await bumpingGeneration(manager, work);
      if (changes.length > 0) {
        const sequence = await generationValue(manager);
        committed = changes.map((change) => ({ ...change, sequence }));
        await this.bus.enqueue(manager, committed);
      }
      return value;
    });
    this.bus.committed(committed);
    return result;
  }

  /**
   * A write to one table that no public answer reads (a session touched or ended), given only
   * that table's repository: it changes nothing anonymous readers see, so it leaves the data
   * generation, and the answers kept for them, as they are. Any other table is refused.
   */
  runUnpublished<E extends ObjectLiteral, T>(
    target: EntityTarget<E>,
    work: (repository: Repository<E>) => Promise<T>,
  ): Promise<T> {
    const table = this.dataSource.getMetadata(target).tableName;
    if (!UNPUBLISHED_TABLES.has(table)) throw new Error(`Anonymous readers may see the ${table} table: use run().`);
    return this.transaction((manager) => work(manager.getRepository(target)));
  }

  private transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.postgres) {
      return this.dataSource.transaction(async (manager) => {
        await holdWriteLock(manager);
        return work(manager);
      });
    }
    const result = this.tail.then(async () => {
      this.started += 1;
      this.open += 1;
      try {
        return await this.dataSource.transaction(work);
      } finally {
        this.open -= 1;
      }
    });
    this.tail = result.catch(() => undefined);
    return result;
  }

  /**
   * Whether reads made now see only committed data, and if so a mark that changes when a write
   * transaction of this process starts: on SQLite the process's reads share the writer's one
   * connection, so while a transaction is open they see its uncommitted rows. Something computed
   * from reads between two equal marks saw committed data only. On PostgreSQL every read has a
   * connection of its own and sees only what is committed: always the same mark.
   */
  committedReadMark(): number | null {
    if (this.postgres) return 0;
    return this.open === 0 ? this.started : null;
  }
}

/** Runs the work, then bumps the generation as the transaction's last statement. */
async function bumpingGeneration<T>(manager: EntityManager, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const result = await work(manager);
  await bumpDataGeneration(manager);
  return result;
}

/** The data generation's count as the transaction of `manager` sees it: the sequence of its changes. */
async function generationValue(manager: EntityManager): Promise<number> {
  const rows = await manager.query<{ value: number | string }[]>(`SELECT "value" FROM "${DATA_GENERATION_TABLE}"`);
  return Number(rows[0].value);
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
