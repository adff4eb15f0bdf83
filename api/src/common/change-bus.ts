import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { CHANGE_CHANNEL, ChangeKind, CommittedChange, decodeChange, encodeChange } from './changes';
import { DATA_GENERATION_TABLE } from './data-generation';

/** How long the PostgreSQL listener waits before it connects again after losing its connection. */
const RECONNECT_MS = 1_000;

export type ChangeListener = (change: CommittedChange) => void;

/**
 * Carries committed changes to the live subscriptions of every process (docs/architecture.md,
 * "Live pages").
 *
 * - SQLite: one process writes, so a change goes to this process's listeners once its
 *   transaction has committed.
 * - PostgreSQL: each change is a `pg_notify` inside the write transaction, which PostgreSQL
 *   delivers at commit (never on rollback) to every process LISTENing, this one included, on one
 *   dedicated connection per process. What is sent while that connection is down is lost: when it
 *   is back, every subscriber is told to catch up (CATCH_UP, with the current sequence).
 */
@Injectable()
export class ChangeBus implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ChangeBus');
  private readonly events = new EventEmitter();
  private readonly postgres: boolean;
  private listener: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(private readonly dataSource: DataSource) {
    this.postgres = dataSource.options.type === 'postgres';
    this.events.setMaxListeners(0);
  }

  /** Hears every committed change from now on; returns the way to stop. */
  listen(listener: ChangeListener): () => void {
    this.events.on('change', listener);
    return () => this.events.off('change', listener);
  }

  /** The data generation's count now: the sequence of the latest committed change. */
  async sequence(): Promise<number> {
    const rows = await this.dataSource.query<{ value: number | string }[]>(
      `SELECT "value" FROM "${DATA_GENERATION_TABLE}"`,
    );
    return Number(rows[0].value);
  }

  /** Inside the write transaction, after the generation's bump: on PostgreSQL, queues the NOTIFYs. */
  async enqueue(manager: EntityManager, changes: readonly CommittedChange[]): Promise<void> {
    if (!this.postgres) return;
    for (const change of changes) {
      await manager.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, encodeChange(change)]);
    }
  }

  /** After the commit: on SQLite, tells this process's subscribers. */
  committed(changes: readonly CommittedChange[]): void {
    if (this.postgres) return;
    for (const change of changes) this.emit(change);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.postgres) await this.connect(false);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => undefined);
  }

  private emit(change: CommittedChange): void {
    try {
      this.events.emit('change', change);
    } catch (error) {
      this.logger.error({ err: error }, 'A live subscriber failed on a change');
    }
  }

  /** Connects the dedicated LISTEN connection; after a loss, tells every subscriber to catch up. */
  private async connect(reconnecting: boolean): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    const client = new Client({ connectionString: options.url, application_name: 'action-plan-tracker-listen' });
    client.on('notification', (message) => {
      if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
      const change = decodeChange(message.payload);
      if (change) this.emit(change);
    });
    const lost = (): void => {
      if (this.listener !== client) return;
      this.listener = null;
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'The live changes listener lost its connection');
      lost();
    });
    client.on('end', lost);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      if (!reconnecting) throw error;
      this.logger.warn({ err: error }, 'The live changes listener could not connect');
      this.scheduleReconnect();
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    if (reconnecting) await this.catchUp();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect(true);
    }, RECONNECT_MS);
    this.retry.unref();
  }

  private async catchUp(): Promise<void> {
    const sequence = await this.sequence().catch(() => 0);
    this.emit({ kind: ChangeKind.CATCH_UP, planId: '*', commitmentId: null, sequence });
  }
}
