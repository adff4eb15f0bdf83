import { responseLabel, type RecommendationResponse } from '../../../lib/labels';
import { licenceName } from '../../../lib/openData';
import { defineFields } from '../../../ui/forms/fieldSpec';

/*
 * The fields of every item the console edits, named as the API's inputs name them, with the
 * API's length limits. The edit and the add form of an item share one list.
 */

export const ORGANISATION_FIELDS = defineFields([
  { name: 'name', label: 'Name', required: true, maxLength: 200 },
  {
    name: 'website',
    label: 'Website',
    kind: 'url',
    maxLength: 500,
    hint: 'Starting with https://; shown on the home page.',
  },
  {
    name: 'description',
    label: 'Description',
    kind: 'multiline',
    rows: 4,
    maxLength: 20000,
    hint: 'A sentence or two on who you are, shown on the home page under your name.',
  },
]);

/**
 * The organisation's fields with the licence of its open data, chosen from the licences the API
 * knows (`licences`), by the licence's id.
 */
export function organisationFieldsWithLicence(licences: readonly { id: string; title: string }[]) {
  return defineFields([
    ...ORGANISATION_FIELDS,
    {
      name: 'licence',
      label: 'Licence of the open data',
      kind: 'select',
      required: true,
      // The short name first, as the public pages name it: a phone's narrow select shows at least that.
      options: licences.map((licence) => ({
        value: licence.id,
        label: `${licenceName(licence.id)} — ${licence.title}`,
      })),
      hint: 'Anyone may reuse the plans’ data under it: shown on the public pages and in the downloaded files.',
    },
  ]);
}

export const REPORT_FIELDS = defineFields([
  { name: 'title', label: 'Title', required: true, maxLength: 300 },
  { name: 'publishedOn', label: 'Date published', kind: 'date', short: true },
  { name: 'url', label: 'Link to the report', kind: 'url', short: true, hint: 'Starting with https://' },
  { name: 'summary', label: 'Summary', kind: 'multiline', rows: 5, maxLength: 20000 },
]);

const RESPONSES: readonly RecommendationResponse[] = [
  'NO_RESPONSE',
  'ACCEPTED_IN_FULL',
  'ACCEPTED_IN_PART',
  'NOT_ACCEPTED',
];

export const RECOMMENDATION_FIELDS = defineFields([
  {
    name: 'reference',
    label: 'Reference',
    required: true,
    short: true,
    maxLength: 20,
    hint: 'Such as R4; not used by another recommendation.',
  },
  {
    name: 'response',
    label: 'The party’s response',
    kind: 'select',
    short: true,
    options: RESPONSES.map((response) => ({ value: response, label: responseLabel(response) })),
  },
  { name: 'title', label: 'Title', required: true, maxLength: 300 },
  { name: 'theme', label: 'Theme', short: true, maxLength: 100 },
  { name: 'body', label: 'Text', kind: 'multiline', rows: 5, maxLength: 20000 },
]);

export const PLAN_FIELDS = defineFields([
  { name: 'title', label: 'Title', required: true, maxLength: 300 },
  {
    name: 'counterpart',
    label: 'Counterpart',
    required: true,
    short: true,
    maxLength: 200,
    hint: 'Who made the commitments, such as “Labour Party”.',
  },
  { name: 'agreedOn', label: 'Date agreed', kind: 'date', short: true },
  { name: 'description', label: 'Description', kind: 'multiline', rows: 5, maxLength: 20000 },
]);

export const COMMITMENT_FIELDS = defineFields([
  {
    name: 'reference',
    label: 'Reference',
    required: true,
    short: true,
    maxLength: 20,
    hint: 'Such as C3; not used by another commitment.',
  },
  { name: 'dueDate', label: 'Due date', kind: 'date', short: true },
  { name: 'title', label: 'Title', required: true, maxLength: 300 },
  {
    name: 'owner',
    label: 'Owner',
    short: true,
    maxLength: 200,
    hint: 'The body or office responsible, not a person.',
  },
  { name: 'theme', label: 'Theme', short: true, maxLength: 100 },
  { name: 'description', label: 'Description', kind: 'multiline', rows: 4, maxLength: 20000 },
  {
    name: 'successCriteria',
    label: 'Success criteria',
    kind: 'multiline',
    rows: 3,
    maxLength: 5000,
    hint: 'What anyone could check to see that it has been done.',
  },
]);

export const MILESTONE_FIELDS = defineFields([
  { name: 'title', label: 'Title', required: true, maxLength: 300 },
  { name: 'dueDate', label: 'Due date', kind: 'date', short: true },
  { name: 'description', label: 'Description', kind: 'multiline', rows: 3, maxLength: 5000 },
]);

export const FINDING_FIELDS = defineFields([
  {
    name: 'label',
    label: 'Finding',
    required: true,
    maxLength: 300,
    hint: 'What the figure measures, such as “directly experienced Islamophobia within the party”.',
  },
  {
    name: 'value',
    label: 'Figure',
    required: true,
    short: true,
    hint: 'A number such as 29 or 4.5; from 0 to 100 for a percentage.',
  },
  {
    name: 'unit',
    label: 'Unit',
    short: true,
    maxLength: 20,
    hint: '% for a percentage, or what is counted, such as people.',
  },
]);
