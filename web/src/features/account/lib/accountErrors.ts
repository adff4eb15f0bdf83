import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiErrorCode, errorMessage } from '../../../apollo/errors';

export const WRONG_CREDENTIALS_MESSAGE = 'Email or password is wrong.';

/** The server's own message for the first GraphQL error with this code, if any. */
export function serverMessage(error: unknown, code: string): { message: string; field: string | null } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const found = error.errors.find((graphQLError) => graphQLError.extensions?.['code'] === code);
  if (!found) return null;
  const field = found.extensions?.['field'];
  return { message: found.message, field: typeof field === 'string' ? field : null };
}

/** What the sign-in form says when `login` fails. */
export function signInErrorMessage(error: unknown): string {
  const code = apiErrorCode(error);
  if (code === 'UNAUTHENTICATED') return WRONG_CREDENTIALS_MESSAGE;
  if (code === 'RATE_LIMITED') return serverMessage(error, 'RATE_LIMITED')?.message ?? errorMessage(error);
  return errorMessage(error);
}
