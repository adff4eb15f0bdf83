import { useLocation } from '../../router';
import { signInPath } from '../../routes/paths';
import type { MutationProblem } from './mutationProblem';

/**
 * The sentence at the top of a form for a problem that is not about one field. A session that
 * ended gets a link to sign in again in a new tab, so this tab keeps everything typed.
 */
export function ProblemMessage({ problem }: { problem: MutationProblem }) {
  const { pathname, search } = useLocation();
  if (problem.kind !== 'signedOut') return <>{problem.message}</>;
  return (
    <>
      {problem.message}{' '}
      <a href={signInPath(pathname + search)} target="_blank" rel="noopener">
        Sign in again (opens in a new tab)
      </a>
      , then come back here and try again.
    </>
  );
}
