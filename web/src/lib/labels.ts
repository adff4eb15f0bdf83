import {
  assessmentLabel,
  deadlineLabel,
  milestoneStatusLabel,
  missingParts,
  reasonLabel,
  type CommitmentStatus,
  type DeadlineStatus,
  type EvidenceKind,
  type Lens,
  type MilestoneStatus,
  type ReasonCode,
  type VerifiabilityFacts,
  type VerifiabilityPart,
} from '@tracker/rules';
import { listInWords } from './format';

/**
 * Plain-English words for the API's vocabularies (docs/domain.md). The ledger's vocabularies
 * come from @tracker/rules and the others repeat the schema's enums, so that `ui/` can use
 * them without depending on generated GraphQL types; a vocabulary the API grows shows up here
 * as a type error in the pages that pass it on.
 */

export type { DeadlineStatus, EvidenceKind, Lens, MilestoneStatus, ReasonCode };
export { assessmentLabel, deadlineLabel, milestoneStatusLabel, reasonLabel };

/** The network's assessment scale (OGP completion scale plus abandoned), and "not yet assessed". */
export type AssessmentStatus = CommitmentStatus;

/** Display order: most done first, then abandoned, then not yet assessed. */
export const ASSESSMENT_ORDER: readonly AssessmentStatus[] = [
  'COMPLETE',
  'SUBSTANTIAL',
  'LIMITED',
  'NOT_STARTED',
  'ABANDONED',
  'NOT_YET_ASSESSED',
];

export type RecommendationResponse = 'ACCEPTED_IN_FULL' | 'ACCEPTED_IN_PART' | 'NOT_ACCEPTED' | 'NO_RESPONSE';
export type Role = 'EXECUTIVE' | 'LIAISON';

/** "Assessment" or "Party’s account" for the two lenses that people write. */
export function lensLabel(lens: Lens): string {
  return lens === 'ASSESSMENT' ? 'Assessment' : 'Party’s account';
}

export const DEADLINE_ORDER: readonly DeadlineStatus[] = [
  'OVERDUE',
  'DUE_SOON',
  'ON_TRACK',
  'MET_LATE',
  'MET',
  'NO_DEADLINE',
];

const EVIDENCE_LABELS: Record<EvidenceKind, string> = {
  OFFICIAL_DOCUMENT: 'Official document',
  PUBLIC_STATEMENT: 'Public statement',
  MEDIA: 'Media report',
  MEMBER_REPORT: 'Member report',
};

export function evidenceKindLabel(kind: EvidenceKind): string {
  return EVIDENCE_LABELS[kind];
}

const MISSING_PART_LABELS: Record<VerifiabilityPart, string> = {
  owner: 'no owner',
  dueDate: 'no due date',
  successCriteria: 'no success criteria',
};

/**
 * What keeps a commitment from being verifiable, in words: "no owner, no due date and no
 * success criteria". Blank counts as missing, as the API counts it.
 */
export function missingPartsLabel(commitment: VerifiabilityFacts): string {
  return listInWords(missingParts(commitment).map((part) => MISSING_PART_LABELS[part]));
}

const RESPONSE_LABELS: Record<RecommendationResponse, string> = {
  ACCEPTED_IN_FULL: 'Accepted in full',
  ACCEPTED_IN_PART: 'Accepted in part',
  NOT_ACCEPTED: 'Not accepted',
  NO_RESPONSE: 'No response',
};

export function responseLabel(response: RecommendationResponse): string {
  return RESPONSE_LABELS[response];
}

const ROLE_LABELS: Record<Role, string> = {
  EXECUTIVE: 'Executive',
  LIAISON: 'Party liaison',
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

/**
 * A person as the record names them: "Amina, party liaison". The role is left out when the
 * name already says it (the demo's "Party liaison (demo)").
 */
export function personLabel(person: { displayName: string; role: Role }): string {
  const role = roleLabel(person.role).toLowerCase();
  return person.displayName.toLowerCase().includes(role) ? person.displayName : `${person.displayName}, ${role}`;
}

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  owner: 'Owner',
  successCriteria: 'Success criteria',
  dueDate: 'Due date',
  theme: 'Theme',
  body: 'Text',
  response: 'Response',
  summary: 'Summary',
  agreedOn: 'Date agreed',
  publishedOn: 'Date published',
  counterpart: 'Counterpart',
  url: 'Link',
  label: 'Finding',
  value: 'Figure',
  unit: 'Unit',
  position: 'Place in the list',
  publishedAt: 'Publication date',
  unpublishedReason: 'Reason for unpublishing',
  embedOrigins: 'Sites that may embed the plans',
};

/** A revised field's name as words: "successCriteria" → "Success criteria". */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Fields whose values are calendar dates or instants, shown as "12 March 2024" in diffs. */
export function isDateField(field: string): boolean {
  return /(^d|D)ate$|On$|At$/.test(field);
}
