import { defineFields, type InputValues } from '../../../ui/forms/fieldSpec';

/** The fields of an ask, as the API's inputs name them. */
export const ASK_FIELDS = defineFields([
  {
    name: 'statement',
    label: 'What was raised',
    kind: 'multiline',
    rows: 2,
    required: true,
    maxLength: 2000,
    hint: 'In a sentence or two, as people said it.',
  },
  { name: 'theme', label: 'Theme', short: true, maxLength: 200 },
  { name: 'raisedBy', label: 'How many raised it', kind: 'number', short: true },
]);

export type AskField = (typeof ASK_FIELDS)[number]['name'];

/** The form's text as the API's input: the count as a number (or the text, for the API to refuse). */
export function askInput(input: InputValues<AskField>) {
  const { raisedBy, ...rest } = input;
  const out = { ...rest } as { statement?: string; theme?: string | null; raisedBy?: number | null };
  if ('raisedBy' in input) out.raisedBy = raisedBy == null ? null : Number(raisedBy);
  return out;
}
