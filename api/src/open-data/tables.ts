import {
  CommitmentStatus,
  DeadlineStatus,
  EntryStatus,
  EvidenceKind,
  Lens,
  MilestoneStatus,
  ReasonCode,
} from '@tracker/rules';
import { RecommendationResponse } from '../reports/recommendation.entity';
import { RevisionSubject } from '../revisions/revision.entity';

/**
 * The open-data tables: one definition that drives the CSV headers and their order, the
 * Frictionless table schemas of datapackage.json, the JSON document, the import's validation
 * and the data dictionary of docs/open-data.md.
 */

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';

export interface FieldSpec {
  /** The column name (snake_case), also the key in the JSON document. */
  readonly name: string;
  readonly type: FieldType;
  readonly description: string;
  /** A row without a value here is an error on import. */
  readonly required?: boolean;
  /** The only values the column may hold. */
  readonly enum?: readonly string[];
  /** Worked out by the tracker on export (from the ledger, the dates or the settings); ignored on import. */
  readonly computed?: boolean;
  /** Differs between installations by nature (ids, sequence numbers, roles); ignored on import and in comparisons. */
  readonly volatile?: boolean;
}

export interface ForeignKeySpec {
  readonly fields: readonly string[];
  readonly reference: { readonly table: TableName; readonly fields: readonly string[] };
}

export interface TableSpec {
  readonly name: TableName;
  /** `<name>.csv`. */
  readonly fileName: string;
  readonly title: string;
  readonly description: string;
  readonly fields: readonly FieldSpec[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKeySpec[];
}

/** Every table, in the order the files are written and read. */
export const TABLE_NAMES = [
  'plan',
  'reports',
  'findings',
  'recommendations',
  'commitments',
  'commitment_recommendations',
  'milestones',
  'updates',
  'evidence',
  'revisions',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** One row as text: each cell as it appears in the CSV (already un-neutralised); null for an empty cell. */
export type Row = Record<string, string | null>;
export type Tables = Record<TableName, Row[]>;

/** The roles the ledger and the edit history name instead of people. */
export const ACTOR_ROLES = ['executive', 'liaison'] as const;

const RESPONSES = Object.values(RecommendationResponse);
const COMMITMENT_STATUSES = Object.values(CommitmentStatus);

const version = (what: string): FieldSpec => ({
  name: 'version',
  type: 'integer',
  description: `The ${what}'s version when exported: 1 when created, one more at each edit. On import, a row whose ${what} has been edited since is a conflict.`,
});
const illustrative = (what: string): FieldSpec => ({
  name: 'illustrative',
  type: 'boolean',
  description: `true when the ${what} is illustrative demo data rather than the organisation's own record.`,
});
const id = (what: string): FieldSpec => ({
  name: `${what}_id`,
  type: 'string',
  description: `The ${what}'s id in the installation that exported it. Not used on import: rows are matched by their references.`,
  volatile: true,
});

const reference = (example: string, scope: string): FieldSpec => ({
  name: 'reference',
  type: 'string',
  required: true,
  description: `Its reference, such as ${example}, unique within ${scope}.`,
});
const position = (list: string): FieldSpec => ({
  name: 'position',
  type: 'integer',
  description: `Its place in ${list} list, from 1.`,
});
const title = (what: string): FieldSpec => ({
  name: 'title',
  type: 'string',
  required: true,
  description: `The ${what} in short.`,
});
const markdown = (name: string, what: string): FieldSpec => ({
  name,
  type: 'string',
  description: `The ${what} in full (markdown).`,
});
const theme: FieldSpec = { name: 'theme', type: 'string', description: 'The theme it falls under, if any.' };

const TABLE_LIST: readonly TableSpec[] = [
  {
    name: 'plan',
    fileName: 'plan.csv',
    title: 'Action plan',
    description: 'The action plan itself (one row): who agreed it, when, and the reports it answers.',
    fields: [
      {
        name: 'organisation_slug',
        type: 'string',
        required: true,
        description: 'The slug of the organisation that monitors the plan, as in its web address.',
      },
      { name: 'slug', type: 'string', required: true, description: 'The plan’s slug, unique in the installation.' },
      { name: 'title', type: 'string', required: true, description: 'The plan’s title.' },
      {
        name: 'counterpart',
        type: 'string',
        required: true,
        description: 'Who made the commitments, e.g. "Labour Party".',
      },
      { name: 'agreed_on', type: 'date', description: 'The day the counterpart agreed the plan.' },
      { name: 'description', type: 'string', description: 'What the plan is about (markdown).' },
      {
        name: 'report_slugs',
        type: 'string',
        required: true,
        description: 'The slugs of the reports the plan answers, separated by spaces.',
      },
      version('plan'),
      {
        name: 'published',
        type: 'datetime',
        computed: true,
        volatile: true,
        description:
          'When the plan was made public (UTC) in the installation that exported it. A plan an import creates is a draft until its organisation publishes it there.',
      },
      {
        name: 'licence',
        type: 'string',
        computed: true,
        description: 'The licence of the data, as an SPDX-style id (e.g. CC-BY-4.0), set by the organisation.',
      },
    ],
    primaryKey: ['slug'],
    foreignKeys: [],
  },
  {
    name: 'reports',
    fileName: 'reports.csv',
    title: 'Reports',
    description: 'The reports the plan answers.',
    fields: [
      id('report'),
      { name: 'slug', type: 'string', required: true, description: 'The report’s slug, unique in the installation.' },
      { name: 'title', type: 'string', required: true, description: 'The report’s title.' },
      { name: 'published_on', type: 'date', description: 'The day the report was published.' },
      { name: 'summary', type: 'string', description: 'A summary of the report (markdown).' },
      { name: 'url', type: 'string', description: 'Where the full report can be read.' },
      illustrative('report'),
      version('report'),
    ],
    primaryKey: ['slug'],
    foreignKeys: [],
  },
  {
    name: 'findings',
    fileName: 'findings.csv',
    title: 'Findings',
    description: 'The key findings of each report, such as "29 % directly experienced Islamophobia".',
    fields: [
      id('finding'),
      { name: 'report_slug', type: 'string', required: true, description: 'The slug of the report it belongs to.' },
      {
        name: 'position',
        type: 'integer',
        required: true,
        description: 'Its place in the report’s list of findings, from 1.',
      },
      { name: 'label', type: 'string', required: true, description: 'What was found.' },
      {
        name: 'value',
        type: 'number',
        required: true,
        description: 'The figure: a percentage from 0 to 100 when the unit is %, otherwise a count.',
      },
      {
        name: 'unit',
        type: 'string',
        description: '% for a percentage; otherwise what is counted, such as "people", or empty.',
      },
      version('finding'),
    ],
    primaryKey: ['report_slug', 'position'],
    foreignKeys: [{ fields: ['report_slug'], reference: { table: 'reports', fields: ['slug'] } }],
  },
  {
    name: 'recommendations',
    fileName: 'recommendations.csv',
    title: 'Recommendations',
    description: 'The recommendations of each report and the counterpart’s response to each.',
    fields: [
      id('recommendation'),
      { name: 'report_slug', type: 'string', required: true, description: 'The slug of the report it belongs to.' },
      reference('R4', 'its report'),
      position('the report’s'),
      title('recommendation'),
      markdown('body', 'recommendation'),
      theme,
      {
        name: 'response',
        type: 'string',
        required: true,
        enum: RESPONSES,
        description:
          'The counterpart’s response: accepted in full, accepted in part, not accepted, or no response yet.',
      },
      illustrative('recommendation'),
      version('recommendation'),
    ],
    primaryKey: ['report_slug', 'reference'],
    foreignKeys: [{ fields: ['report_slug'], reference: { table: 'reports', fields: ['slug'] } }],
  },
  {
    name: 'commitments',
    fileName: 'commitments.csv',
    title: 'Commitments',
    description: 'What the counterpart committed to, with the three lenses on each as computed on the day of export.',
    fields: [
      id('commitment'),
      reference('C3', 'the plan'),
      position('the plan’s'),
      title('commitment'),
      markdown('description', 'commitment'),
      { name: 'owner', type: 'string', description: 'The body or office responsible for it (never a person).' },
      {
        name: 'success_criteria',
        type: 'string',
        description: 'How anyone can tell it has been done.',
      },
      { name: 'due_date', type: 'date', description: 'The day it is due.' },
      theme,
      illustrative('commitment'),
      version('commitment'),
      {
        name: 'verifiable',
        type: 'boolean',
        computed: true,
        description: 'true when it has an owner, a due date and success criteria.',
      },
      {
        name: 'assessment',
        type: 'string',
        computed: true,
        enum: COMMITMENT_STATUSES,
        description:
          'The organisation’s independent assessment: the status of the latest ASSESSMENT entry of the ledger (OGP’s completion scale plus ABANDONED).',
      },
      {
        name: 'party_reported',
        type: 'string',
        computed: true,
        enum: COMMITMENT_STATUSES,
        description: 'The counterpart’s own account: the status of the latest PARTY_REPORTED entry of the ledger.',
      },
      {
        name: 'deadline',
        type: 'string',
        computed: true,
        enum: Object.values(DeadlineStatus),
        description:
          'The deadline lens, from the due date, the day the assessment became COMPLETE and the day of export (DUE_SOON = due within 30 days).',
      },
    ],
    primaryKey: ['reference'],
    foreignKeys: [],
  },
  {
    name: 'commitment_recommendations',
    fileName: 'commitment_recommendations.csv',
    title: 'Commitments and the recommendations they answer',
    description: 'Which recommendations each commitment answers (one row per link).',
    fields: [
      { name: 'commitment_reference', type: 'string', required: true, description: 'The commitment’s reference.' },
      {
        name: 'report_slug',
        type: 'string',
        required: true,
        description: 'The slug of the recommendation’s report.',
      },
      {
        name: 'recommendation_reference',
        type: 'string',
        required: true,
        description: 'The recommendation’s reference within that report.',
      },
    ],
    primaryKey: ['commitment_reference', 'report_slug', 'recommendation_reference'],
    foreignKeys: [
      { fields: ['commitment_reference'], reference: { table: 'commitments', fields: ['reference'] } },
      {
        fields: ['report_slug', 'recommendation_reference'],
        reference: { table: 'recommendations', fields: ['report_slug', 'reference'] },
      },
    ],
  },
  {
    name: 'milestones',
    fileName: 'milestones.csv',
    title: 'Milestones',
    description: 'The dated steps towards each commitment.',
    fields: [
      id('milestone'),
      {
        name: 'commitment_reference',
        type: 'string',
        required: true,
        description: 'The reference of the commitment it belongs to.',
      },
      reference('M2', 'its commitment ("C3 M2")'),
      position('the commitment’s'),
      title('milestone'),
      markdown('description', 'milestone'),
      { name: 'due_date', type: 'date', description: 'The day it is due.' },
      version('milestone'),
      {
        name: 'status',
        type: 'string',
        computed: true,
        enum: Object.values(MilestoneStatus),
        description: 'Its current status: the status of its latest ledger entry, NOT_STARTED if none.',
      },
    ],
    primaryKey: ['commitment_reference', 'reference'],
    foreignKeys: [{ fields: ['commitment_reference'], reference: { table: 'commitments', fields: ['reference'] } }],
  },
  {
    name: 'updates',
    fileName: 'updates.csv',
    title: 'Ledger',
    description:
      'Every entry of the plan’s ledger, oldest first. Entries are never edited or deleted; a correction is a later entry that names the one it corrects.',
    fields: [
      {
        name: 'entry',
        type: 'integer',
        required: true,
        description: 'The entry’s place in this plan’s ledger, from 1, oldest first: the same in every installation.',
      },
      id('update'),
      {
        name: 'sequence',
        type: 'integer',
        volatile: true,
        description: 'The entry’s place in the whole installation’s ledger.',
      },
      {
        name: 'commitment_reference',
        type: 'string',
        required: true,
        description: 'The commitment the entry is about, or the commitment of its milestone.',
      },
      {
        name: 'milestone_reference',
        type: 'string',
        description: 'The milestone the entry is about; empty when it is about the commitment itself.',
      },
      {
        name: 'lens',
        type: 'string',
        required: true,
        enum: Object.values(Lens),
        description: 'ASSESSMENT (the organisation’s judgement) or PARTY_REPORTED (the counterpart’s own account).',
      },
      {
        name: 'status',
        type: 'string',
        required: true,
        enum: Object.values(EntryStatus),
        description: 'The status the entry gives its subject.',
      },
      { name: 'narrative', type: 'string', description: 'What happened (markdown).' },
      {
        name: 'reason_code',
        type: 'string',
        enum: Object.values(ReasonCode),
        description: 'Why, for a setback (ABANDONED, MISSED, AT_RISK).',
      },
      {
        name: 'on_behalf_of_party',
        type: 'boolean',
        description: 'true when the organisation recorded the counterpart’s account on its behalf.',
      },
      {
        name: 'corrects_entry',
        type: 'integer',
        description: 'The entry this one corrects, if it is a correction.',
      },
      {
        name: 'author',
        type: 'string',
        volatile: true,
        enum: ACTOR_ROLES,
        description: 'The role of whoever wrote the entry (executive or liaison); never a name.',
      },
      { name: 'recorded_at', type: 'datetime', required: true, description: 'When the entry was recorded (UTC).' },
    ],
    primaryKey: ['entry'],
    foreignKeys: [
      { fields: ['commitment_reference'], reference: { table: 'commitments', fields: ['reference'] } },
      {
        fields: ['commitment_reference', 'milestone_reference'],
        reference: { table: 'milestones', fields: ['commitment_reference', 'reference'] },
      },
      { fields: ['corrects_entry'], reference: { table: 'updates', fields: ['entry'] } },
    ],
  },
  {
    name: 'evidence',
    fileName: 'evidence.csv',
    title: 'Evidence',
    description: 'The public sources each ledger entry cites.',
    fields: [
      { name: 'update_entry', type: 'integer', required: true, description: 'The ledger entry that cites it.' },
      { name: 'position', type: 'integer', required: true, description: 'Its place in the entry’s list, from 1.' },
      { name: 'url', type: 'string', required: true, description: 'Where the source can be read.' },
      { name: 'title', type: 'string', required: true, description: 'The source’s title.' },
      {
        name: 'kind',
        type: 'string',
        required: true,
        enum: Object.values(EvidenceKind),
        description: 'An official document, a public statement, a media report or a member’s report.',
      },
      { name: 'published_on', type: 'date', description: 'The day the source was published.' },
    ],
    primaryKey: ['update_entry', 'position'],
    foreignKeys: [{ fields: ['update_entry'], reference: { table: 'updates', fields: ['entry'] } }],
  },
  {
    name: 'revisions',
    fileName: 'revisions.csv',
    title: 'Edit history',
    description:
      'Every edit of the organisation, the plan, its reports, findings, recommendations, commitments and milestones: one row per changed field, with the wording before and after.',
    fields: [
      id('revision'),
      {
        name: 'subject_type',
        type: 'string',
        required: true,
        // Roundtables are not open data, so neither is their history.
        enum: Object.values(RevisionSubject).filter(
          (subject) => subject !== RevisionSubject.ROUNDTABLE && subject !== RevisionSubject.ASK,
        ),
        description: 'What was edited.',
      },
      {
        name: 'subject_key',
        type: 'string',
        required: true,
        description:
          'Which one: "C3" (a commitment), "C3 M2" (a milestone), "<report-slug> R4" (a recommendation), "<report-slug> finding 2" (a finding), the report’s, the plan’s or the organisation’s slug.',
      },
      { name: 'field', type: 'string', required: true, description: 'The field that changed.' },
      { name: 'before', type: 'string', description: 'Its value before the edit (empty if it had none).' },
      { name: 'after', type: 'string', description: 'Its value after the edit (empty if it has none).' },
      {
        name: 'version',
        type: 'integer',
        required: true,
        description: 'The subject’s version after the edit.',
      },
      { name: 'recorded_at', type: 'datetime', required: true, description: 'When the edit was made (UTC).' },
      {
        name: 'actor',
        type: 'string',
        volatile: true,
        enum: ACTOR_ROLES,
        description: 'The role of whoever made the edit (executive or liaison); never a name.',
      },
    ],
    primaryKey: ['subject_type', 'subject_key', 'field', 'version'],
    foreignKeys: [],
  },
];

export const TABLES: Readonly<Record<TableName, TableSpec>> = Object.fromEntries(
  TABLE_LIST.map((table) => [table.name, table]),
) as Record<TableName, TableSpec>;

/** The table a file name stands for (`milestones.csv` → milestones), exactly; null for any other name. */
export function tableOfFileName(fileName: string): TableName | null {
  return TABLE_NAMES.find((name) => TABLES[name].fileName === fileName) ?? null;
}

/** The column names of a table in their stable order. */
export function columnsOf(table: TableName): string[] {
  return TABLES[table].fields.map((field) => field.name);
}

/** An empty set of tables. */
export function emptyTables(): Tables {
  return Object.fromEntries(TABLE_NAMES.map((name) => [name, []])) as unknown as Tables;
}
