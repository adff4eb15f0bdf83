import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { mutationProblem, type MutationProblem } from './mutationProblem';

export interface PostFormOptions<T> {
  /** The form, to move the keyboard to a refused field (by its `name`). */
  formRef: RefObject<HTMLFormElement | null>;
  /** What the form refuses before sending, by field name. */
  problems: () => Record<string, string | undefined>;
  /** The fields in the order the form shows them: the first refused one gets the keyboard. */
  order: () => readonly string[];
  /** Sends it; rejects with the API's error. */
  send: () => Promise<T>;
  /** The form's name for a field the server refused (the composer counts blank evidence rows too). */
  formField?: (serverField: string) => string;
  /** After the API accepted it. */
  onSent: (sent: T) => void;
}

/**
 * The posting of a comment, a response or a status update: checked first (the rules are
 * explained on the fields before the server has to), sent once even when clicked twice,
 * and a refusal kept with the field it is about, which gets the keyboard.
 */
export function usePostForm<T>({ formRef, problems, order, send, formField, onSent }: PostFormOptions<T>) {
  const [checked, setChecked] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [posting, setPosting] = useState(false);
  // Entries and comments are permanent: a second click before the first answer must not post twice.
  const inFlight = useRef(false);
  const [focusRequest, setFocusRequest] = useState<{ field: string } | null>(null);

  useEffect(() => {
    if (!focusRequest || !formRef.current) return;
    const form = formRef.current;
    const target =
      form.querySelector<HTMLElement>(`[name="${focusRequest.field}"]:checked`) ??
      form.querySelector<HTMLElement>(`[name="${focusRequest.field}"]`);
    target?.focus();
  }, [focusRequest, formRef]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current) return;
    setProblem(null);
    const found = problems();
    const first = order().find((field) => found[field]);
    if (first) {
      setChecked(true);
      setFocusRequest({ field: first });
      return;
    }
    inFlight.current = true;
    setPosting(true);
    let sent: T;
    try {
      sent = await send();
    } catch (caught) {
      const refused = mutationProblem(caught);
      if (refused.kind === 'field') {
        const field = formField ? formField(refused.field) : refused.field;
        setProblem({ ...refused, field });
        setFocusRequest({ field });
      } else setProblem(refused);
      return;
    } finally {
      inFlight.current = false;
      setPosting(false);
    }
    setChecked(false);
    onSent(sent);
  };

  return {
    /** True once a submit found problems: the fields show them from then on, as they change. */
    checked,
    problem,
    posting,
    submit,
    /** Forgets the last refusal (the person is changing the form). */
    clearProblem: () => setProblem(null),
    /** Starts again: no refusal, nothing checked (a discarded draft). */
    reset: () => {
      setProblem(null);
      setChecked(false);
    },
    focus: (field: string) => setFocusRequest({ field }),
  };
}
