import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readDataGeneration } from '../common/data-generation';

interface Waiting {
  promise: Promise<string>;
  resolve(token: string): void;
  reject(error: unknown): void;
}

function waiting(): Waiting {
  let resolve!: (token: string) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<string>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/**
 * The database's data generation (common/data-generation.ts), read for many requests at once.
 *
 * A caller gets the token read by a query that started after it called: the read in flight
 * answers only those who called before it started; the others wait for the next one, which starts
 * when it ends. So at most one read is in flight however many requests arrive, and no caller sees
 * a generation older than its own call: a write committed, in any process, before a request
 * arrived is always seen by it.
 */
@Injectable()
export class GenerationCheck {
  private running: Promise<string> | null = null;
  private next: Waiting | null = null;

  constructor(private readonly dataSource: DataSource) {}

  current(): Promise<string> {
    if (!this.running) {
      this.running = this.read();
      return this.running;
    }
    this.next ??= waiting();
    return this.next.promise;
  }

  private async read(): Promise<string> {
    try {
      return await readDataGeneration(this.dataSource);
    } finally {
      const next = this.next;
      this.next = null;
      if (next) {
        this.running = this.read();
        this.running.then(next.resolve, next.reject);
      } else {
        this.running = null;
      }
    }
  }
}
