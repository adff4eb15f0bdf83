import { useRef, useState } from 'react';
import { mutationProblem, type MutationProblem } from '../../../ui/forms/mutationProblem';

export interface Action {
  /** Runs `send`; `done` is the sentence shown once the API accepted it. Never runs twice at once. */
  run: (send: () => Promise<unknown>, done: string) => void;
  busy: boolean;
  problem: MutationProblem | null;
  done: string | null;
}

/** One console action (cancel, mark held, link, delete): sent once, its refusal or confirmation kept to show. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const inFlight = useRef(false);

  const run = (send: () => Promise<unknown>, message: string) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setProblem(null);
    setDone(null);
    send()
      .then(() => setDone(message))
      .catch((error: unknown) => setProblem(mutationProblem(error)))
      .finally(() => {
        inFlight.current = false;
        setBusy(false);
      });
  };

  return { run, busy, problem, done };
}
