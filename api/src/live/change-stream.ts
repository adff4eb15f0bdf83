import { ChangeKind, CommittedChange } from '../common/changes';
import { PlanChange } from './plan-change.model';

/** The most changes kept for a subscriber that reads slowly; past it they give way to one CATCH_UP. */
const QUEUE_MAX = 50;

/**
 * What one subscriber hears of a committed change: the PlanChange it is told, or null. Called in
 * the order the changes came, one at a time.
 */
export type ChangeFilter = (change: CommittedChange) => Promise<PlanChange | null | 'end'>;

/**
 * An async iterator of the changes a subscriber may hear (graphql-ws sends each as `next`): first
 * `first` (SUBSCRIBED, with the count now), then each change the filter lets through, in order; returning 'end' completes the subscription (a session that
 * has ended). Ending it, from either side, stops listening.
 */
export function changeStream(
  listen: (listener: (change: CommittedChange) => void) => () => void,
  filter: ChangeFilter,
  first: () => Promise<PlanChange>,
): AsyncIterableIterator<PlanChange> {
  const queue: PlanChange[] = [];
  const waiting: ((result: IteratorResult<PlanChange>) => void)[] = [];
  let done = false;
  const finish = (): void => {
    if (done) return;
    done = true;
    stop();
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
  };
  const push = (change: PlanChange): void => {
    const next = waiting.shift();
    if (next) return next({ value: change, done: false });
    queue.push(change);
    if (queue.length > QUEUE_MAX) {
      queue.splice(0, queue.length, { sequence: change.sequence, kind: ChangeKind.CATCH_UP, commitmentId: null });
    }
  };
  let chain: Promise<void> = Promise.resolve();
  const stop = listen((change) => {
    chain = chain
      .then(async () => {
        if (done) return;
        const heard = await filter(change);
        if (heard === 'end') finish();
        else if (heard) push(heard);
      })
      .catch(() => finish());
  });
  // Read after listening has started, so no change falls between the two; every change waits for it.
  chain = first().then(push, finish);

  return {
    next: () => {
      const value = queue.shift();
      if (value) return Promise.resolve({ value, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: () => {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
