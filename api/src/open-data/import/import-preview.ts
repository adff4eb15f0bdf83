/**
 * What an import finds and does, row by row: the answer of `POST /data/<org>/import` and what
 * `tracker import` prints (docs/open-data.md).
 */

/** One problem with the file: where it is (file, spreadsheet row, column) and what to do about it. */
export interface ImportProblem {
  file: string;
  /** The spreadsheet row (the header is row 1, the first data row 2); a JSON path in a .json file; null for the whole file. */
  row: number | string | null;
  /** The column (or JSON key) it is about; null for the whole row or file. */
  column: string | null;
  message: string;
}

export type ImportAction = 'create' | 'update' | 'unchanged' | 'error';

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface PreviewRow {
  file: string;
  /** The spreadsheet row (the first data row is 2); a JSON path such as `updates[3]` in a .json file. */
  row: number | string;
  /** The row's key as people say it: `C3`, `C3 M2`, `<report> R4`, `entry 12`. */
  key: string;
  action: ImportAction;
  changes: FieldChange[];
  errors: ImportProblem[];
}

export interface ImportCounts {
  create: number;
  update: number;
  unchanged: number;
  error: number;
}

export interface ImportPreview {
  plan: { slug: string; exists: boolean };
  /** True once everything was written; false for a dry run or when any row has an error or a conflict. */
  applied: boolean;
  counts: ImportCounts;
  /** Problems that belong to no row: the file as a whole, its header. */
  errors: ImportProblem[];
  /** Things the import chose not to do, said plainly (history rows it does not copy, links it does not remove). */
  notes: string[];
  rows: PreviewRow[];
}

/** A file the import cannot read at all (not a zip, not JSON, an unknown name): 400 with this message. */
export class UnreadableFile extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFile';
  }
}

/** A file over the stated limits: 413 with this message. */
export class FileTooLarge extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileTooLarge';
  }
}

export const countActions = (rows: readonly PreviewRow[]): ImportCounts => {
  const counts: ImportCounts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.action] += 1;
  return counts;
};
