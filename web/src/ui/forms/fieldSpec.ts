import { formatDate } from '../../lib/format';

/**
 * How one editor describes its fields, once: the form draws them from this, and the edit and
 * create hooks turn what was typed into the API's input with it. `name` is the input field's
 * name, which is also what the API names in `extensions.field` when it refuses a value.
 */
export interface FieldSpec<K extends string = string> {
  name: K;
  label: string;
  kind?: 'text' | 'multiline' | 'date' | 'datetime' | 'number' | 'url' | 'select';
  hint?: string;
  /** The API refuses it empty; an empty optional field is sent as null (cleared). */
  required?: boolean;
  maxLength?: number;
  rows?: number;
  options?: readonly { value: string; label: string }[];
  /** Short fields sit side by side on a wide screen; long ones take the whole row. */
  short?: boolean;
}

/** Every field of a form as the text in its control: dates as YYYY-MM-DD, a missing value as ''. */
export type FormValues<K extends string> = Record<K, string>;

/** What the API receives for one field: the text, or null to clear an optional one. */
export type InputValues<K extends string> = Partial<Record<K, string | null>>;

/** A value from the API as the text of its control. */
export function text(value: string | null | undefined): string {
  return value ?? '';
}

/** The fields whose typed value differs from the value they were loaded with, in form order. */
export function changedFields<K extends string>(
  fields: readonly FieldSpec<K>[],
  typed: FormValues<K>,
  loaded: FormValues<K>,
): K[] {
  return fields.filter((field) => typed[field.name] !== loaded[field.name]).map((field) => field.name);
}

/**
 * The input for the named fields. An emptied optional field becomes null, which the API reads
 * as "clear it"; an emptied required one is sent as it is, so the API says which field needs it.
 * `omitEmpty` (creating) leaves empty optional fields out instead.
 */
export function toInput<K extends string>(
  fields: readonly FieldSpec<K>[],
  values: FormValues<K>,
  names: readonly K[],
  { omitEmpty = false }: { omitEmpty?: boolean } = {},
): InputValues<K> {
  const input: InputValues<K> = {};
  for (const field of fields) {
    if (!names.includes(field.name)) continue;
    const value = values[field.name];
    if (value.trim() === '' && !field.required) {
      if (!omitEmpty) input[field.name] = null;
    } else {
      input[field.name] = value;
    }
  }
  return input;
}

/** A field's value as a reader should see it: the option's words, or "(empty)". */
export function displayValue<K extends string>(field: FieldSpec<K>, value: string): string {
  if (value.trim() === '') return '(empty)';
  if (field.kind === 'date') return formatDate(value);
  return field.options?.find((option) => option.value === value)?.label ?? value;
}

/** An item from the API as the values of its form's fields. */
export function savedValues<K extends string>(
  fields: readonly FieldSpec<K>[],
  item: { [name in K]: string | null | undefined },
): FormValues<K> {
  const values = {} as FormValues<K>;
  for (const field of fields) values[field.name] = text(item[field.name]);
  return values;
}

/** The values of an empty form; a select starts at its first option. */
export function emptyValues<K extends string>(fields: readonly FieldSpec<K>[]): FormValues<K> {
  const values = {} as FormValues<K>;
  for (const field of fields) values[field.name] = field.options?.[0]?.value ?? '';
  return values;
}

/** Declares an editor's fields, keeping their names as a type. */
export function defineFields<K extends string>(fields: readonly FieldSpec<K>[]): readonly FieldSpec<K>[] {
  return fields;
}
