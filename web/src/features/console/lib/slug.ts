import type { FieldSpec } from '../../../ui/forms/fieldSpec';

/** The address field of a new plan or report: lowercase letters, digits and hyphens (the API's rule). */
export const SLUG_FIELD: FieldSpec<'slug'> = {
  name: 'slug',
  label: 'Address',
  required: true,
  maxLength: 80,
  hint: 'Part of the public web address: lowercase letters, digits and hyphens. It cannot be changed later.',
};

/** A suggested address from a title: "Race Equality Plan 2025" → "race-equality-plan-2025". */
export function slugFrom(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
}
