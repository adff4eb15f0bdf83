import type { ReactNode } from 'react';
import { signInPath } from '../../../lib/paths';
import { useLocation } from '../../../router';
import { FormMessages } from '../../../ui/forms/FormMessages';
import { SIGNED_OUT_MESSAGE, type MutationProblem } from '../../../ui/forms/mutationProblem';
import type { FieldSpec } from '../hooks/fieldSpec';

export interface EditorMessagesProps {
  problem: MutationProblem | null;
  fields: readonly FieldSpec[];
  success?: ReactNode;
}

/**
 * The live region at the top of an editor's form. A refused field is named here and explained
 * beside the field; an ended session offers a sign-in in a new tab, so this tab and what was
 * typed in it stay as they are. A conflict has its own panel by the buttons.
 */
export function EditorMessages({ problem, fields, success }: EditorMessagesProps) {
  const { pathname } = useLocation();
  let error: ReactNode = null;
  if (problem?.kind === 'field') {
    const label = fields.find((field) => field.name === problem.field)?.label;
    error = label ? `Not saved: check “${label}”.` : `Not saved: ${problem.message}`;
  } else if (problem?.kind === 'signedOut') {
    error = (
      <>
        {SIGNED_OUT_MESSAGE}{' '}
        <a href={signInPath(pathname)} target="_blank" rel="noopener noreferrer">
          Sign in again in a new tab
        </a>
        , then come back here and save.
      </>
    );
  } else if (problem?.kind === 'form') {
    error = problem.message;
  }
  return <FormMessages error={error} success={success} />;
}
