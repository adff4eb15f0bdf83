import {
  entryStatusesFor,
  EVIDENCE_MAX,
  isCalendarDate,
  NARRATIVE_MAX,
  needsEvidence,
  needsReason,
} from '@tracker/rules';
import type {
  EntryStatus,
  EvidenceKind,
  Lens,
  PostStatusUpdateInput,
  ReasonCode,
  SubjectType,
} from '../../../__generated__/graphql';
import { listInWords } from '../../../lib/format';
import { assessmentLabel, milestoneStatusLabel, reasonLabel } from '../../../lib/labels';

/**
 * The status update form: the draft a person types, the ledger's rules for a new entry (from
 * @tracker/rules) in the form's words, everything the server would refuse, checked in the
 * browser so the form can explain it before the server has to refuse, and the mutation's input.
 */

export interface EvidenceDraft {
  url: string;
  title: string;
  kind: EvidenceKind | '';
  publishedOn: string;
}

export interface UpdateDraft {
  lens: Lens;
  status: EntryStatus | '';
  narrative: string;
  evidence: EvidenceDraft[];
  reasonCode: ReasonCode | '';
}

/** Field paths as the API names them in `extensions.field`: `status`, `evidence`, `evidence.0.url`, … */
export type UpdateProblems = Partial<Record<string, string>>;

const URL_MAX = 2000;
const TITLE_MAX = 300;

export function statusLabel(subjectType: SubjectType, status: EntryStatus): string {
  if (subjectType === 'MILESTONE') {
    return milestoneStatusLabel(status as Parameters<typeof milestoneStatusLabel>[0]);
  }
  return assessmentLabel(status as Parameters<typeof assessmentLabel>[0]);
}

/** "Substantial and Complete need at least one piece of public evidence." for this subject. */
export function evidenceRule(subjectType: SubjectType): string {
  const statuses = entryStatusesFor(subjectType).filter(needsEvidence);
  const names = statuses.map((status) => statusLabel(subjectType, status));
  return `${listInWords(names)} ${statuses.length === 1 ? 'needs' : 'need'} at least one piece of public evidence.`;
}

/** "Abandoned needs a reason." (a milestone: "At risk and Missed need a reason."). */
export function reasonRule(subjectType: SubjectType): string {
  const statuses = entryStatusesFor(subjectType).filter(needsReason);
  const names = statuses.map((status) => statusLabel(subjectType, status));
  return `${listInWords(names)} ${statuses.length === 1 ? 'needs' : 'need'} a reason.`;
}

export function reasonOptionLabel(code: ReasonCode): string {
  const words = reasonLabel(code);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function emptyEvidence(): EvidenceDraft {
  return { url: '', title: '', kind: '', publishedOn: '' };
}

export function emptyUpdate(lens: Lens): UpdateDraft {
  return { lens, status: '', narrative: '', evidence: [], reasonCode: '' };
}

/** A row nobody has started to fill in is left out, not refused. */
export function isBlankEvidence(row: EvidenceDraft): boolean {
  return row.url.trim() === '' && row.title.trim() === '' && row.publishedOn === '';
}

// As the API checks it: http or https, a host, no spaces.
const HTTP_URL = /^https?:\/\/[^\s/]+(\/\S*)?$/i;

function evidenceProblems(row: EvidenceDraft, index: number, problems: UpdateProblems): void {
  const url = row.url.trim();
  if (url === '') problems[`evidence.${index}.url`] = 'Give the link to the source.';
  else if (!HTTP_URL.test(url)) {
    problems[`evidence.${index}.url`] = 'Give the full web address, starting with https://';
  } else if (url.length > URL_MAX) problems[`evidence.${index}.url`] = 'This link is too long to keep.';
  const title = row.title.trim();
  if (title === '') problems[`evidence.${index}.title`] = 'Give the source a title, such as the document’s name.';
  else if (title.length > TITLE_MAX) {
    problems[`evidence.${index}.title`] = `Keep the title to ${TITLE_MAX} characters.`;
  }
  if (row.kind === '') problems[`evidence.${index}.kind`] = 'Choose what kind of source it is.';
  if (row.publishedOn !== '' && !isCalendarDate(row.publishedOn)) {
    problems[`evidence.${index}.publishedOn`] = 'Give the date as day, month and year, or leave it empty.';
  }
}

/**
 * Everything the server would refuse, keyed by field, worded for the person filling the form.
 * Row indexes are those of the form, blank rows included.
 */
export function updateProblems(draft: UpdateDraft, subjectType: SubjectType): UpdateProblems {
  const problems: UpdateProblems = {};
  const { status } = draft;
  if (status === '' || !entryStatusesFor(subjectType).includes(status)) {
    problems.status = 'Choose a status.';
  }
  if (needsReason(status) && draft.reasonCode === '') {
    problems.reasonCode = `Say why it is ${statusLabel(subjectType, status as EntryStatus).toLowerCase()}: choose a reason.`;
  }
  if (draft.narrative.length > NARRATIVE_MAX) {
    problems.narrative = `Keep the narrative to ${NARRATIVE_MAX.toLocaleString('en-GB')} characters; it has ${draft.narrative.length.toLocaleString('en-GB')}.`;
  }
  const filled = draft.evidence.filter((row) => !isBlankEvidence(row));
  draft.evidence.forEach((row, index) => {
    if (!isBlankEvidence(row)) evidenceProblems(row, index, problems);
  });
  if (needsEvidence(status) && filled.length === 0) {
    problems.evidence = `A move to ${statusLabel(subjectType, status as EntryStatus).toLowerCase()} needs at least one piece of public evidence: add a link to a document, statement or report anyone can open.`;
  } else if (filled.length > EVIDENCE_MAX) {
    problems.evidence = `Attach at most ${EVIDENCE_MAX} sources to one update.`;
  }
  return problems;
}

export interface UpdateRequest {
  input: PostStatusUpdateInput;
  /** For each evidence item sent, its row in the form, so `evidence.N.url` errors land on the right row. */
  evidenceRows: number[];
}

/** The mutation's input: blank rows left out, text trimmed, a reason only where one is asked for. */
export function updateRequest(draft: UpdateDraft, subject: { type: SubjectType; id: string }): UpdateRequest {
  const evidenceRows: number[] = [];
  const evidence: PostStatusUpdateInput['evidence'] = [];
  draft.evidence.forEach((row, index) => {
    if (isBlankEvidence(row)) return;
    evidenceRows.push(index);
    evidence.push({
      url: row.url.trim(),
      title: row.title.trim(),
      kind: row.kind as EvidenceKind,
      publishedOn: row.publishedOn === '' ? null : row.publishedOn,
    });
  });
  return {
    input: {
      subjectType: subject.type,
      subjectId: subject.id,
      lens: draft.lens,
      status: draft.status as EntryStatus,
      narrative: draft.narrative.trim(),
      evidence,
      reasonCode: needsReason(draft.status) && draft.reasonCode !== '' ? draft.reasonCode : null,
    },
    evidenceRows,
  };
}

/** A server field (`evidence.1.url`, counting the items sent) as the form's field (`evidence.3.url`). */
export function formField(serverField: string, evidenceRows: readonly number[]): string {
  const match = /^evidence\.(\d+)(\..+)?$/.exec(serverField);
  if (!match) return serverField;
  const row = evidenceRows[Number(match[1])];
  return row === undefined ? 'evidence' : `evidence.${row}${match[2] ?? ''}`;
}
