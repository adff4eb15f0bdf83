import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, MoreThanOrEqual } from 'typeorm';
import { newId, nowIso } from '../common/ids';
import { AuditEvent } from './audit-event.entity';

/** The audit actions that sign an account in. */
const SIGN_IN_ACTIONS = ['login.success', 'invite.accept'] as const;

export interface AuditInput {
  actorId: string | null;
  action: string;
  subjectType?: string;
  subjectId?: string;
  detail?: Record<string, unknown>;
  ip?: string | null;
}

/** Appends to the audit log, inside the caller's transaction so the trace and the change stand or fall together. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, input: AuditInput): Promise<void> {
    await manager.insert(AuditEvent, {
      id: newId(),
      actorId: input.actorId,
      action: input.action,
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
      detail: JSON.stringify(input.detail ?? {}),
      ip: input.ip ?? null,
      createdAt: nowIso(),
    });
  }

  /** Whether the account signed in successfully from this address since `since` (an ISO instant). */
  hasSignedInFrom(actorId: string, ip: string, since: string): Promise<boolean> {
    return this.dataSource.getRepository(AuditEvent).exists({
      where: { actorId, ip, action: 'login.success', createdAt: MoreThanOrEqual(since) },
    });
  }

  /** When each account last signed in (a sign-in, or accepting an invitation), by account id; absent if never. */
  async lastSignIns(actorIds: readonly string[]): Promise<Map<string, string>> {
    if (actorIds.length === 0) return new Map();
    const rows: { actorId: string; at: string }[] = await this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('event')
      .select('event.actor_id', 'actorId')
      .addSelect('MAX(event.created_at)', 'at')
      .where({ actorId: In([...actorIds]), action: In([...SIGN_IN_ACTIONS]) })
      .groupBy('event.actor_id')
      .getRawMany();
    return new Map(rows.map((row) => [row.actorId, row.at]));
  }
}
