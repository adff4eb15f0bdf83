import { randomUUID } from 'node:crypto';
import { currentTime } from './clock';

/** Identifiers are random UUIDs made by the application, stored as text (portable to PostgreSQL). */
export const newId = (): string => randomUUID();

/** Instants are stored as ISO-8601 UTC text, which sorts in time order. */
export const nowIso = (): string => currentTime().toISOString();
