import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * The figure typed into a finding's form as the number the API takes. Something that is not a
 * number is refused here, in the same shape as the API's refusal of a field, so the form shows
 * it beside the field and keeps what was typed.
 */
export function findingValue(typed: string | null): number {
  const text = (typed ?? '').trim().replace(/\s+/g, '');
  const value = text === '' ? Number.NaN : Number(text);
  if (Number.isFinite(value)) return value;
  throw new CombinedGraphQLErrors({
    errors: [
      {
        message: 'The figure must be a number, such as 29 or 4.5, without a unit.',
        extensions: { code: 'BAD_USER_INPUT', field: 'value' },
      },
    ],
  });
}
