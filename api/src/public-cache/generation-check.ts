import { Injectable } from '@nestjs/common';
import { closeSync, openSync, readSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { readDataGeneration } from '../common/data-generation';
import { Transactions } from '../common/transactions';
import { FreshRead } from './fresh-read';

/** The first copy of SQLite's WAL-index header (its -shm file): every commit, by any process, rewrites it. */
const WAL_INDEX_HEADER_BYTES = 48;

/**
 * The bytes of the WAL-index header of a SQLite database in WAL mode, or null when they cannot be
 * read. SQLite updates the header as the last step of every commit (it is what makes the commit
 * visible to readers): the counter of changes, the last frame and the checksums all move, so the
 * same bytes twice mean that no write was committed in between, in this process or any other.
 * The file is opened afresh each time, so a header read is never one of a file SQLite has let go.
 */
function walIndexHeader(path: string): Buffer | null {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, 'r');
    const header = Buffer.alloc(WAL_INDEX_HEADER_BYTES);
    return readSync(descriptor, header, 0, WAL_INDEX_HEADER_BYTES, 0) === WAL_INDEX_HEADER_BYTES ? header : null;
  } catch {
    return null;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

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
export class GenerationCheck {
  private readonly reads: FreshRead<string>;
  private readonly walIndex: string | null;
  /** The token read last, and the header read just before its read started. */
  private known: { header: Buffer; token: string } | null = null;

  constructor(
    dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {
    this.reads = new FreshRead(() => readDataGeneration(dataSource));
    this.walIndex = dataSource.options.type === 'sqlite' ? `${String(dataSource.options.database)}-shm` : null;
  }

  current(): Promise<string> {
    const header = this.walIndex ? walIndexHeader(this.walIndex) : null;
    if (!header) return this.reads.current();
    if (this.known?.header.equals(header)) return Promise.resolve(this.known.token);
    // A token read while a write transaction of this process is open may be one that is never committed.
    const mark = this.transactions.committedReadMark();
    return this.reads.current().then((token) => {
      if (mark !== null && this.transactions.committedReadMark() === mark) this.known = { header, token };
      return token;
    });
  }
}
