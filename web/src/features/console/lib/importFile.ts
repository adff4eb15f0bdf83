import { UNREACHABLE_MESSAGE } from '../../../apollo/errors';
import { importPath } from '../../../lib/openData';

/*
 * The import endpoint's answer (docs/open-data.md, "Importing"): what a file would change, row by
 * row, and whether it was applied. The web reads it as JSON from `POST /data/<org>/import`.
 */

export type ImportAction = 'create' | 'update' | 'unchanged' | 'error';

export interface ImportProblem {
  file: string;
  /**
   * The row as a spreadsheet numbers it (the header is row 1), or in a JSON document the path
   * to it (`commitments[3].milestones[1]`); null for the file as a whole.
   */
  row: number | string | null;
  /** The column's name in the file; null for the row or file as a whole. */
  column: string | null;
  message: string;
}

export interface ImportChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface ImportRow {
  file: string;
  row: number | string | null;
  /** What the row is, in the references people use: "C3", "C3 M2", "R4". */
  key: string | null;
  action: ImportAction;
  changes: ImportChange[];
  errors: ImportProblem[];
}

export interface ImportPreview {
  plan: { slug: string; exists: boolean };
  applied: boolean;
  /** Rows by what would happen to them. */
  counts: Record<ImportAction, number>;
  /** Problems of a file as a whole or of its header, which belong to no row. */
  errors: ImportProblem[];
  /** What the import chose not to do, in words (history rows it does not copy, …). */
  notes: string[];
  rows: ImportRow[];
}

/** Every problem that keeps the file from being imported: rows with errors and the files' own. */
export function problemCount(preview: ImportPreview): number {
  return preview.counts.error + preview.errors.length;
}

export type ImportAnswer = { ok: true; preview: ImportPreview } | { ok: false; message: string; signedOut?: boolean };

const CONTENT_TYPES: Record<string, string> = {
  zip: 'application/zip',
  json: 'application/json',
  csv: 'text/csv',
};

/** The type a file is sent as, from its name's ending; null when it is none of the three. */
export function importContentType(fileName: string): string | null {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return (extension && CONTENT_TYPES[extension]) ?? null;
}

const MEGABYTE = 1024 * 1024;
/** The endpoint's limit for one upload (docs/open-data.md). */
export const IMPORT_SIZE_LIMIT = 20 * MEGABYTE;

const STATUS_MESSAGES: Record<number, string> = {
  401: 'You have been signed out. Sign in again, then choose the file once more.',
  403: 'Only the organisation’s executives can import into its plans.',
  404: 'The tracker has no import for this organisation.',
  413: 'The file is larger than the 20 MB an upload may be. Split it, or send only the files you changed.',
  415: 'Choose a .zip, .json or .csv file: other kinds cannot be imported.',
  429: 'There have been too many changes in a short time. Wait a minute, then try again.',
};

function isPreview(value: unknown): value is ImportPreview {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ImportPreview>;
  return (
    Array.isArray(candidate.rows) &&
    Array.isArray(candidate.errors) &&
    Array.isArray(candidate.notes) &&
    typeof candidate.counts === 'object' &&
    typeof candidate.plan === 'object'
  );
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** A chosen file, read once: what is checked is what is applied, whatever happens to the file on disk meanwhile. */
export interface Upload {
  name: string;
  type: string;
  bytes: ArrayBuffer;
}

export type UploadRead = { ok: true; upload: Upload } | { ok: false; message: string };

/**
 * Reads the chosen file: refused before reading when it is not a kind the import takes or is
 * over the size limit. A file changed or moved after it was chosen cannot be read (browsers keep
 * only a handle to it): the person is asked to choose it again.
 */
export async function readChosenFile(file: File): Promise<UploadRead> {
  const type = importContentType(file.name);
  if (!type) return { ok: false, message: STATUS_MESSAGES[415] ?? '' };
  if (file.size > IMPORT_SIZE_LIMIT) return { ok: false, message: STATUS_MESSAGES[413] ?? '' };
  try {
    return { ok: true, upload: { name: file.name, type, bytes: await file.arrayBuffer() } };
  } catch {
    return {
      ok: false,
      message: `${file.name} could not be read: it was changed or moved after you chose it. Choose it again.`,
    };
  }
}

/**
 * Sends the file to the organisation's import, as a dry run or for real, and reads the answer:
 * the preview, or a sentence saying why there is none (a file that cannot be read at all, a
 * refusal, no connection).
 */
export async function sendImport(
  target: { organisationSlug: string; planSlug: string },
  upload: Upload,
  dryRun: boolean,
): Promise<ImportAnswer> {
  let response: Response;
  try {
    response = await fetch(importPath(target.organisationSlug, target.planSlug, dryRun), {
      method: 'POST',
      credentials: 'same-origin',
      // A header carries only Latin-1: the name goes percent-encoded, and the server decodes it.
      headers: { 'Content-Type': upload.type, 'X-File-Name': encodeURIComponent(upload.name) },
      body: upload.bytes,
    });
  } catch {
    return { ok: false, message: UNREACHABLE_MESSAGE };
  }

  const body = await readJson(response);
  if (response.ok && isPreview(body)) return { ok: true, preview: body };
  const signedOut = response.status === 401;
  // The server says what is wrong with the file itself (400, 413) in words meant for the person who sent it.
  const said = typeof body === 'object' && body !== null && 'error' in body ? String(body.error) : null;
  const message = (signedOut ? null : said) ?? STATUS_MESSAGES[response.status];
  return { ok: false, message: message ?? 'Something went wrong on our side. Try again in a moment.', signedOut };
}

export interface RowGroup {
  action: ImportAction;
  rows: ImportRow[];
}

export interface FileGroup {
  file: string;
  counts: Record<ImportAction, number>;
  /** Errors first, then updates, new rows and unchanged ones; empty groups left out. */
  groups: RowGroup[];
}

const ACTION_ORDER: readonly ImportAction[] = ['error', 'update', 'create', 'unchanged'];

function noCounts(): Record<ImportAction, number> {
  return { create: 0, update: 0, unchanged: 0, error: 0 };
}

/** The preview's rows by file, in the order the files first appear, each by what would happen to it. */
export function groupRows(rows: readonly ImportRow[]): FileGroup[] {
  const byFile = new Map<string, Map<ImportAction, ImportRow[]>>();
  for (const row of rows) {
    let actions = byFile.get(row.file);
    if (!actions) {
      actions = new Map();
      byFile.set(row.file, actions);
    }
    const list = actions.get(row.action);
    if (list) list.push(row);
    else actions.set(row.action, [row]);
  }
  return [...byFile].map(([file, actions]) => {
    const counts = noCounts();
    for (const [action, list] of actions) counts[action] = list.length;
    const groups = ACTION_ORDER.flatMap((action) => {
      const list = actions.get(action);
      return list ? [{ action, rows: list }] : [];
    });
    return { file, counts, groups };
  });
}
