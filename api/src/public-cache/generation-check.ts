import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readDataGeneration } from '../common/data-generation';
import { Transactions } from '../common/transactions';
import { FreshRead } from './fresh-read';
import { WalIndexHeader } from './wal-index-header';

/**
 * The database's data generation (common/data-generation.ts), never older than the request that
 * asks: a write committed, in any process or by the `tracker` CLI, before a request arrived is
 * always seen by it.
 *
 * - On SQLite, the token read last is reused for as long as the WAL-index header is the one read
 *   just before it (one small file read, no query): a token is read again after any commit.
 * - Otherwise (PostgreSQL, or a header that cannot be read), the token is read for many requests
 *   at once (fresh-read.ts): however many requests arrive, one read is in flight.
 */
@Injectable()
export class GenerationCheck implements OnModuleDestroy {
  private readonly reads: FreshRead<string>;
  private readonly walIndex: WalIndexHeader | null;
  /** The token read last, and the header read just before its read started. */
  private known: { header: Buffer; token: string } | null = null;

  constructor(
    dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {
    this.reads = new FreshRead(() => readDataGeneration(dataSource));
    this.walIndex =
      dataSource.options.type === 'sqlite' ? new WalIndexHeader(`${String(dataSource.options.database)}-shm`) : null;
  }

  onModuleDestroy(): void {
    this.walIndex?.close();
  }

  current(): Promise<string> {
    const read = this.walIndex?.read() ?? null;
    if (!read) return this.reads.current();
    if (this.known?.header.equals(read)) return Promise.resolve(this.known.token);
    return this.readAfter(Buffer.from(read));
  }

  /**
   * The generation as `current` would give it, when that needs no query: on SQLite, while no
   * commit has changed the WAL-index header since the token was read. Otherwise null: ask `current`.
   */
  currentIfKnown(): string | null {
    const read = this.walIndex?.read() ?? null;
    return read && this.known?.header.equals(read) ? this.known.token : null;
  }

  private readAfter(header: Buffer): Promise<string> {
    // A token read while a write transaction of this process is open may be one that is never committed.
    const mark = this.transactions.committedReadMark();
    return this.reads.current().then((token) => {
      if (mark !== null && this.transactions.committedReadMark() === mark) this.known = { header, token };
      return token;
    });
  }
}
