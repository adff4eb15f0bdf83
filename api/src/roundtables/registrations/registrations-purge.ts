import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, LessThanOrEqual, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { currentTime } from '../../common/clock';
import { nowIso } from '../../common/ids';
import { Transactions } from '../../common/transactions';
import { AppConfig } from '../../config/app-config';
import { RoundtableRegistration } from '../roundtable-registration.entity';
import { Roundtable } from '../roundtable.entity';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** What one purge erased. */
export interface Purged {
  roundtables: number;
  registrations: number;
}

/** The instant a roundtable's registrants' personal data is erased: ROUNDTABLE_RETENTION_DAYS after it ends. */
export const erasedAt = (endsAt: string, retentionDays: number): string =>
  new Date(Date.parse(endsAt) + retentionDays * DAY_MS).toISOString();

/**
 * Erases registrants' personal data (name, email, role, access needs, the cancel token's hash)
 * ROUNDTABLE_RETENTION_DAYS after their roundtable ended. The rows stay, with their status and
 * `erasedAt`, so the counts stay true; the attendance and the asks are the roundtable's and stay
 * too. One audit event per purge that erased anything, with counts only.
 */
@Injectable()
export class RegistrationsPurge {
  constructor(
    @InjectRepository(RoundtableRegistration) private readonly registrations: Repository<RoundtableRegistration>,
    @InjectRepository(Roundtable) private readonly roundtables: Repository<Roundtable>,
    private readonly audit: AuditService,
    private readonly transactions: Transactions,
    private readonly config: AppConfig,
  ) {}

  /** Erases what is due by now; writes nothing (and so keeps the public cache) when nothing is. */
  async run(): Promise<Purged> {
    const cutoff = new Date(currentTime().getTime() - this.config.ROUNDTABLE_RETENTION_DAYS * DAY_MS).toISOString();
    const ended = await this.roundtables.find({ select: { id: true }, where: { endsAt: LessThanOrEqual(cutoff) } });
    if (ended.length === 0) return { roundtables: 0, registrations: 0 };
    const due = await this.registrations.find({
      select: { id: true, roundtableId: true },
      where: { roundtableId: In(ended.map((r) => r.id)), erasedAt: IsNull() },
    });
    if (due.length === 0) return { roundtables: 0, registrations: 0 };
    const purged = { roundtables: new Set(due.map((r) => r.roundtableId)).size, registrations: due.length };
    await this.transactions.run(async (manager) => {
      const now = nowIso();
      for (let i = 0; i < due.length; i += 500) {
        await manager.update(
          RoundtableRegistration,
          { id: In(due.slice(i, i + 500).map((r) => r.id)), erasedAt: IsNull() },
          {
            name: null,
            email: null,
            role: null,
            accessNeeds: null,
            cancelTokenHash: null,
            erasedAt: now,
            updatedAt: now,
          },
        );
      }
      await this.audit.record(manager, {
        actorId: null,
        action: 'roundtable.registrations.purge',
        detail: { ...purged, retentionDays: this.config.ROUNDTABLE_RETENTION_DAYS },
      });
    });
    return purged;
  }
}

/**
 * Runs the purge in the server: once at start and then every hour, on a timer that never keeps
 * the process alive. Started by main.ts once the server listens (the CLI, which builds the same
 * app, runs `tracker roundtables:purge` instead).
 */
@Injectable()
export class RegistrationsPurgeSchedule implements OnModuleDestroy {
  private readonly logger = new Logger('RegistrationsPurge');
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly purge: RegistrationsPurge,
    private readonly config: AppConfig,
  ) {}

  start(): void {
    if (this.timer) return;
    this.logger.log(
      `Roundtable registrants' personal data is erased ${this.config.ROUNDTABLE_RETENTION_DAYS} days after each roundtable, checked at start and every hour.`,
    );
    this.timer = setInterval(() => this.tick(), HOUR_MS).unref();
    this.tick();
  }

  /** The purge in flight, if any (the tests wait for it). */
  settled(): Promise<void> {
    return this.running;
  }

  private tick(): void {
    this.running = this.running.then(async () => {
      try {
        const purged = await this.purge.run();
        if (purged.registrations > 0) {
          this.logger.log({ event: 'registrations.purge', ...purged }, 'Erased roundtable registrants’ personal data');
        }
      } catch (error) {
        this.logger.error(error);
      }
    });
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
