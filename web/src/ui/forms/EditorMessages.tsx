import type { ReactNode } from 'react';
import { FormMessages } from './FormMessages';
import type { MutationProblem } from './mutationProblem';
import { ProblemMessage } from './ProblemMessage';
import type { FieldSpec } from './fieldSpec';

export interface EditorMessagesProps {
  problem: MutationProblem | null;
  fields: readonly FieldSpec[];
  success?: ReactNode;
}

/**
 * The live region at the top of an editor's form. A refused field is named here and explained
 * beside the field; an ended session offers a sign-in in a new tab (`ProblemMessage`), so this
 * tab and what was typed in it stay as they are. A conflict has its own panel by the buttons.
 */
export function EditorMessages({ problem, fields, success }: EditorMessagesProps) {
  let error: ReactNode = null;
  if (problem?.kind === 'field') {
    const label = fields.find((field) => field.name === problem.field)?.label;
    error = label ? `Not saved: check “${label}”.` : `Not saved: ${problem.message}`;
  } else if (problem?.kind === 'signedOut' || problem?.kind === 'form') {
    error = <ProblemMessage problem={problem} />;
  }
  return <FormMessages error={error} success={success} />;
}
