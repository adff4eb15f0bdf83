import { EntityManager } from 'typeorm';

/** What kind of change a live page hears about (never what it changed to: it reads that itself). */
export enum ChangeKind {
  /** First of every subscription: it is live, and `sequence` is the count now (catch up if past what you read). */
  SUBSCRIBED = 'SUBSCRIBED',
  /** A new ledger entry (a status update in either lens). */
  STATUS_UPDATE = 'STATUS_UPDATE',
  /** The plan's, a commitment's or a milestone's wording or dates edited, or one added. */
  EDIT = 'EDIT',
  /** A comment or a liaison's response added. */
  COMMENT = 'COMMENT',
  /** A comment hidden by moderators. */
  MODERATION = 'MODERATION',
  /** The server may have missed changes (its PostgreSQL listener reconnected): read again. */
  CATCH_UP = 'CATCH_UP',
}

/** One change a write transaction makes to a plan, announced once the transaction has committed. */
export interface Change {
  kind: ChangeKind;
  planId: string;
  commitmentId: string | null;
  /** A comment added or hidden. */
  commentId?: string | null;
  /** A new assessment of a commitment (not of a milestone): its liaisons owe a response. */
  assessment?: boolean;
}

/**
 * A committed change as it travels: ids and the data generation after its transaction (its
 * `sequence`), never a value or a name. `planId` '*' reaches every subscriber (CATCH_UP).
 */
export interface CommittedChange extends Change {
  sequence: number;
}

const pending = new WeakMap<EntityManager, Change[]>();

/** Starts collecting the changes announced in a write transaction (Transactions.run). */
export function collectChanges(manager: EntityManager): Change[] {
  const changes: Change[] = [];
  pending.set(manager, changes);
  return changes;
}

/**
 * Announces a change made in the write transaction of `manager`: live subscribers hear of it once
 * that transaction commits, and never if it rolls back. A manager outside `Transactions.run` (the
 * seed's own transaction) announces nothing.
 */
export function announceChange(manager: EntityManager, change: Change): void {
  pending.get(manager)?.push(change);
}

/** The channel the changes travel on between processes on PostgreSQL. */
export const CHANGE_CHANNEL = 'tracker_change';

/** A change as a NOTIFY payload: short keys, ids only (PostgreSQL's limit is 8,000 bytes). */
export function encodeChange(change: CommittedChange): string {
  return JSON.stringify({
    k: change.kind,
    p: change.planId,
    c: change.commitmentId,
    m: change.commentId ?? null,
    a: change.assessment === true,
    s: change.sequence,
  });
}

const KINDS = new Set<string>(Object.values(ChangeKind));

/** A NOTIFY payload back into a change; null for anything that is not one of ours. */
export function decodeChange(payload: string): CommittedChange | null {
  try {
    const raw = JSON.parse(payload) as Record<string, unknown>;
    if (typeof raw.k !== 'string' || !KINDS.has(raw.k) || typeof raw.p !== 'string' || typeof raw.s !== 'number') {
      return null;
    }
    return {
      kind: raw.k as ChangeKind,
      planId: raw.p,
      commitmentId: typeof raw.c === 'string' ? raw.c : null,
      commentId: typeof raw.m === 'string' ? raw.m : null,
      assessment: raw.a === true,
      sequence: raw.s,
    };
  } catch {
    return null;
  }
}
