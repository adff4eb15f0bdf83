import { useEffect, type RefObject } from 'react';
import type { MutationProblem } from './mutationProblem';

/** When the API refuses a field, focus moves to it, so its message is read and it can be corrected. */
export function useFocusRefusedField(form: RefObject<HTMLFormElement | null>, problem: MutationProblem | null) {
  useEffect(() => {
    if (problem?.kind !== 'field') return;
    const control = form.current?.elements.namedItem(problem.field);
    if (control instanceof HTMLElement) control.focus();
  }, [form, problem]);
}
