import type { RoundtableAudience } from '../../../__generated__/graphql';
import { defineFields, type FormValues, type InputValues } from '../../../ui/forms/fieldSpec';
import { AUDIENCE_ORDER, audienceLabel } from './labels';
import { fromLondonInput, toLondonInput } from './roundtableTime';

/** The fields of a roundtable in the console, as the API's inputs name them; times are typed in UK time. */
export const ROUNDTABLE_FIELDS = defineFields([
  { name: 'title', label: 'Title', required: true, maxLength: 200 },
  {
    name: 'audience',
    label: 'Who it is for',
    kind: 'select',
    short: true,
    options: AUDIENCE_ORDER.map((value) => ({ value, label: audienceLabel(value) })),
  },
  {
    name: 'online',
    label: 'Where',
    kind: 'select',
    short: true,
    options: [
      { value: 'false', label: 'In person' },
      { value: 'true', label: 'Online' },
    ],
  },
  { name: 'startsAt', label: 'Starts (UK time)', kind: 'datetime', required: true, short: true },
  { name: 'endsAt', label: 'Ends (UK time)', kind: 'datetime', required: true, short: true },
  {
    name: 'location',
    label: 'Place',
    maxLength: 500,
    hint: 'The venue and address; needed for an in-person roundtable.',
  },
  {
    name: 'joiningLink',
    label: 'Joining link',
    kind: 'url',
    maxLength: 500,
    hint: 'Needed online. Only people with a place see it, on their confirmation.',
  },
  {
    name: 'capacity',
    label: 'Places',
    kind: 'number',
    short: true,
    hint: 'Leave empty for no limit. When full, people join a waiting list.',
  },
  {
    name: 'registrationOpen',
    label: 'Registration',
    kind: 'select',
    short: true,
    options: [
      { value: 'true', label: 'Open' },
      { value: 'false', label: 'Closed' },
    ],
  },
  {
    name: 'description',
    label: 'Description',
    kind: 'multiline',
    rows: 5,
    maxLength: 20000,
    hint: 'Markdown. What it is about and how it will run; shown on its public page.',
  },
]);

export type RoundtableField = (typeof ROUNDTABLE_FIELDS)[number]['name'];

/** A whole number as typed, or the text itself (for the API to refuse with its message); '' or null clears. */
function count(value: string | null): number | string | null {
  if (value == null || value.trim() === '') return null;
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;
}

/**
 * What the form holds as the API's input: times from UK time to instants, yes/no choices to
 * booleans, places to a number. Only the fields present in `input` are set.
 */
export function roundtableInput(input: InputValues<RoundtableField>) {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input) as [RoundtableField, string | null][]) {
    if (name === 'startsAt' || name === 'endsAt') out[name] = value == null ? value : fromLondonInput(value);
    else if (name === 'online' || name === 'registrationOpen') out[name] = value === 'true';
    else if (name === 'capacity') out[name] = count(value);
    else out[name] = value;
  }
  return out as {
    title?: string;
    audience?: RoundtableAudience;
    online?: boolean;
    startsAt?: string;
    endsAt?: string;
    location?: string | null;
    joiningLink?: string | null;
    capacity?: number | null;
    registrationOpen?: boolean;
    description?: string | null;
  };
}

/** A roundtable from the API as the values of its form. */
export function roundtableValues(
  roundtable: {
    title: string;
    audience: RoundtableAudience;
    online: boolean;
    startsAt: string;
    endsAt: string;
    location?: string | null;
    capacity?: number | null;
    registrationOpen: boolean;
    description: string;
  },
  joiningLink: string | null | undefined,
): FormValues<RoundtableField> {
  return {
    title: roundtable.title,
    audience: roundtable.audience,
    online: String(roundtable.online),
    startsAt: toLondonInput(roundtable.startsAt),
    endsAt: toLondonInput(roundtable.endsAt),
    location: roundtable.location ?? '',
    joiningLink: joiningLink ?? '',
    capacity: roundtable.capacity == null ? '' : String(roundtable.capacity),
    registrationOpen: String(roundtable.registrationOpen),
    description: roundtable.description,
  };
}
