import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, MoreThanOrEqual } from 'typeorm';
import { newId, nowIso } from '../common/ids';
import { AuditEvent } from './audit-event.entity';

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
}
