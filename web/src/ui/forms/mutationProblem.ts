import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiErrorCode, errorMessage } from '../../apollo/errors';

/**
 * What a failed save means for a form:
 * - `field`: the server refused one field (BAD_USER_INPUT with `extensions.field`) — show it there;
 * - `conflict`: someone saved first (CONFLICT, with the version now stored);
 * - `signedOut`: the session ended — keep what was typed and ask to sign in again;
 * - `form`: anything else, as one sentence for the top of the form.
 */
export type MutationProblem =
  | { kind: 'field'; field: string; message: string }
  | { kind: 'conflict'; currentVersion: number | null; message: string }
  | { kind: 'signedOut'; message: string }
  | { kind: 'form'; message: string };

export const SIGNED_OUT_MESSAGE = 'Your session has ended. Sign in again to save; what you typed is kept.';

function firstWithCode(error: unknown, code: string) {
  if (!CombinedGraphQLErrors.is(error)) return null;
  return error.errors.find((graphQLError) => graphQLError.extensions?.['code'] === code) ?? null;
}

export function mutationProblem(error: unknown): MutationProblem {
  const code = apiErrorCode(error);
  if (code === 'BAD_USER_INPUT') {
    const found = firstWithCode(error, code);
    const field = found?.extensions?.['field'];
    const message = found?.message ?? errorMessage(error);
    return typeof field === 'string' ? { kind: 'field', field, message } : { kind: 'form', message };
  }
  if (code === 'CONFLICT') {
    const current = firstWithCode(error, code)?.extensions?.['currentVersion'];
    return {
      kind: 'conflict',
      currentVersion: typeof current === 'number' ? current : null,
      message: errorMessage(error),
    };
  }
  if (code === 'UNAUTHENTICATED') return { kind: 'signedOut', message: SIGNED_OUT_MESSAGE };
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') {
    return { kind: 'form', message: firstWithCode(error, code)?.message ?? errorMessage(error) };
  }
  return { kind: 'form', message: errorMessage(error) };
}

/** The message for one field, when the problem is about that field. */
export function fieldError(problem: MutationProblem | null, field: string): string | null {
  return problem?.kind === 'field' && problem.field === field ? problem.message : null;
}
