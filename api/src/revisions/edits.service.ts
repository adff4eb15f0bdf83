import { Injectable } from '@nestjs/common';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SignedInActor } from '../auth/actor';
import { announceChange, ChangeKind } from '../common/changes';
import { DomainError, ErrorCode, notFound } from '../common/domain-error';
import { newId, nowIso } from '../common/ids';
import { Revision, RevisionSubject } from './revision.entity';

/** A row that can be edited: identified, versioned, stamped. */
export interface Editable extends ObjectLiteral {
  id: string;
  version: number;
  updatedAt: string;
}

export interface EditRequest<T extends Editable> {
  entity: EntityTarget<T>;
  subject: RevisionSubject;
  /** The row as it is now, read inside the same transaction. */
  row: T;
  /** The version the editor saw. */
  version: number;
  /** The fields the editor sent; undefined means "leave as it is". */
  changes: Partial<T>;
  actor: SignedInActor;
  /** The commitment whose public history shows the edit, if any. */
  commitmentId: string | null;
  /** The audit log's name for the edit; `<subject>.update` unless it is a named step such as `plan.publish`. */
  action?: string;
  /** The report whose public history shows the edit, if any (a finding's). */
  reportId?: string | null;
  /** Private fields (a joining link): the history says they changed, never what to. */
  withheld?: readonly (keyof T & string)[];
}

/** A row that is written with its fields recorded: created (before empty) or deleted (after empty). */
export interface RecordedRequest<T extends Editable> {
  entity: EntityTarget<T>;
  subject: RevisionSubject;
  row: T;
  /** The fields whose wording the history keeps. */
  fields: (keyof T & string)[];
  actor: SignedInActor;
  /** The report whose public history shows it. */
  reportId: string | null;
}

interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

const asText = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export const conflict = (subject: RevisionSubject, currentVersion: number): DomainError =>
  new DomainError(
    ErrorCode.CONFLICT,
    `This ${subject.toLowerCase()} was changed by someone else since you opened it (it is now at version ${currentVersion}).`,
    { currentVersion },
  );

/** Tells the live pages of a plan that it, one of its commitments or a milestone was edited or added. */
function announceEdit(manager: EntityManager, subject: string, row: ObjectLiteral & { id: string }): void {
  if (subject === RevisionSubject.PLAN) {
    announceChange(manager, { kind: ChangeKind.EDIT, planId: row.id, commitmentId: null });
  } else if (subject === RevisionSubject.COMMITMENT || subject === RevisionSubject.MILESTONE) {
    const commitmentId = subject === RevisionSubject.COMMITMENT ? row.id : (row.commitmentId as string);
    announceChange(manager, { kind: ChangeKind.EDIT, planId: row.planId as string, commitmentId });
  }
}

/**
 * The one way an edit is written: compare-and-set on `version` (a stale version gets CONFLICT,
 * never a silent overwrite), then a Revision per changed field and an AuditEvent — all in the
 * caller's transaction, so if any of them fails the edit rolls back.
 */
@Injectable()
export class EditsService {
  constructor(private readonly audit: AuditService) {}

  async apply<T extends Editable>(manager: EntityManager, request: EditRequest<T>): Promise<T> {
    const { row, subject, actor } = request;
    if (row.version !== request.version) throw conflict(subject, row.version);
    const changed = (Object.keys(request.changes) as (keyof T & string)[]).filter(
      (field) => request.changes[field] !== undefined && asText(request.changes[field]) !== asText(row[field]),
    );
    if (changed.length === 0) return row;

    const values = Object.fromEntries(changed.map((field) => [field, request.changes[field]]));
    const updatedAt = nowIso();
    const result = await manager
      .createQueryBuilder()
      .update(request.entity)
      .set({ ...values, updatedAt, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: row.id, version: request.version })
      .execute();
    await this.assertWritten(manager, request.entity, subject, row.id, result.affected);
    const version = request.version + 1;
    await this.insertRevisions(manager, {
      subject,
      subjectId: row.id,
      commitmentId: request.commitmentId,
      reportId: request.reportId ?? null,
      version,
      actor,
      at: updatedAt,
      changes: changed.map((field) =>
        request.withheld?.includes(field)
          ? { field, before: null, after: null }
          : { field, before: asText(row[field]), after: asText(request.changes[field]) },
      ),
    });
    announceEdit(manager, subject, row);
    await this.audit.record(manager, {
      actorId: actor.user.id,
      action: request.action ?? `${subject.toLowerCase()}.update`,
      subjectType: subject,
      subjectId: row.id,
      detail: { fields: changed, version },
      ip: actor.ip,
    });
    return { ...row, ...values, version, updatedAt };
  }

  /**
   * Writes a new row whose creation the history shows: a revision per field from empty to its
   * first wording, at version 1, and the audit event.
   */
  async createRecorded<T extends Editable>(manager: EntityManager, request: RecordedRequest<T>): Promise<T> {
    const { row } = request;
    await this.create(manager, request.entity, request.subject, row, request.actor);
    await this.insertRevisions(manager, {
      ...request,
      subjectId: row.id,
      commitmentId: null,
      version: row.version,
      at: row.createdAt ?? row.updatedAt,
      changes: request.fields.map((field) => ({ field, before: null, after: asText(row[field]) })),
    });
    return row;
  }

  /**
   * Deletes a row by compare-and-set on `version` (a stale one gets CONFLICT), keeping its last
   * wording in the history: a revision per field from that wording to empty, and the audit event.
   */
  async remove<T extends Editable>(
    manager: EntityManager,
    request: RecordedRequest<T> & { version: number },
  ): Promise<void> {
    const { row, subject, actor } = request;
    if (row.version !== request.version) throw conflict(subject, row.version);
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(request.entity)
      .where('id = :id AND version = :version', { id: row.id, version: request.version })
      .execute();
    await this.assertWritten(manager, request.entity, subject, row.id, result.affected);
    const version = request.version + 1;
    await this.insertRevisions(manager, {
      ...request,
      subjectId: row.id,
      commitmentId: null,
      version,
      at: nowIso(),
      changes: request.fields.map((field) => ({ field, before: asText(row[field]), after: null })),
    });
    await this.audit.record(manager, {
      actorId: actor.user.id,
      action: `${subject.toLowerCase()}.delete`,
      subjectType: subject,
      subjectId: row.id,
      detail: { version },
      ip: actor.ip,
    });
  }

  /** A compare-and-set that touched no row met a newer version, or a row already gone. */
  private async assertWritten<T extends Editable>(
    manager: EntityManager,
    entity: EntityTarget<T>,
    subject: RevisionSubject,
    id: string,
    affected: number | null | undefined,
  ): Promise<void> {
    if (affected === 1) return;
    const current = await manager.findOneBy(entity, { id } as never);
    if (!current) throw notFound(subject.toLowerCase(), id);
    throw conflict(subject, current.version);
  }

  private async insertRevisions(
    manager: EntityManager,
    input: {
      subject: RevisionSubject;
      subjectId: string;
      commitmentId: string | null;
      reportId: string | null;
      version: number;
      actor: SignedInActor;
      at: string;
      changes: FieldChange[];
    },
  ): Promise<void> {
    await manager.insert(
      Revision,
      input.changes.map(({ field, before, after }) => ({
        id: newId(),
        subjectType: input.subject,
        subjectId: input.subjectId,
        commitmentId: input.commitmentId,
        reportId: input.reportId,
        field,
        before,
        after,
        version: input.version,
        actorId: input.actor.user.id,
        createdAt: input.at,
      })),
    );
  }

  /** Writes a new row and its audit event in the caller's transaction. */
  async create<T extends ObjectLiteral & { id: string }>(
    manager: EntityManager,
    entity: EntityTarget<T>,
    subject: string,
    row: T,
    actor: SignedInActor,
  ): Promise<T> {
    await manager.insert(entity, row);
    announceEdit(manager, subject, row);
    await this.audit.record(manager, {
      actorId: actor.user.id,
      action: `${subject.toLowerCase()}.create`,
      subjectType: subject,
      subjectId: row.id,
      ip: actor.ip,
    });
    return row;
  }
}
