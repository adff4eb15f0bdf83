import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readDataGeneration } from '../common/data-generation';
import { FreshRead } from './fresh-read';

/**
 * The database's data generation (common/data-generation.ts), read for many requests at once
 * and never older than the request that asks (fresh-read.ts): a write committed, in any process
 * or by the `tracker` CLI, before a request arrived is always seen by it, and however many
 * requests arrive, one read is in flight.
 */
@Injectable()
export class GenerationCheck {
  private readonly reads: FreshRead<string>;

  constructor(dataSource: DataSource) {
    this.reads = new FreshRead(() => readDataGeneration(dataSource));
  }

  current(): Promise<string> {
    return this.reads.current();
  }
}
