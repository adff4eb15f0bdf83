/** The text column each attempt on an append-only table tries to rewrite. */
export const REWRITTEN: Record<string, string> = {
  status_update: 'narrative',
  evidence: 'title',
  revision: 'after',
  audit_event: 'detail',
};

/** A row's columns, quoted, for an INSERT. */
export const columnsOf = (row: Record<string, unknown>): string =>
  Object.keys(row)
    .map((column) => `"${column}"`)
    .join(', ');
