/**
 * The pragmas every SQLite connection runs with (docs/security.md, "Data that is never lost"). A
 * module of its own, so that the CLI's file commands read them without loading the entities.
 */
export const SQLITE_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2, // FULL
  foreign_keys: 1,
  busy_timeout: 5000,
} as const;
