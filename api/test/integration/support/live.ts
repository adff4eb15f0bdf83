import { Client, createClient, FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

export interface PlanChangeEvent {
  sequence: number;
  kind: string;
  commitmentId: string | null;
}

export type Refusal = { message: string; extensions?: Record<string, unknown> };

/** One live subscription, read one event at a time. */
export interface Heard {
  /** The SUBSCRIBED event that opened it: the subscription is live from then on. */
  subscribed: PlanChangeEvent;
  /** The next event; rejects when the subscription ends. */
  next(): Promise<PlanChangeEvent>;
  stop(): Promise<void>;
}

/**
 * A graphql-ws client (the `graphql-ws` package, over the `ws` WebSocket) on a server's /graphql,
 * sending `cookie` and `origin` with the upgrade as a browser would (over `wss:` trusting `ca`,
 * when given). It never retries.
 */
export function liveClient(url: string, headers: { cookie?: string; origin?: string } = {}, ca?: string): Client {
  const sent = Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined));
  class Socket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: sent, ...(ca ? { ca } : {}) });
    }
  }
  return createClient({ url: `${url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: Socket, retryAttempts: 0 });
}

/** The answers of one subscription as they come: each `next`, or the `error` message's errors. */
function answers(client: Client, query: string, variables: Record<string, unknown>) {
  const iterator = client.iterate<Record<string, PlanChangeEvent>>({ query, variables });
  const next = async (): Promise<
    FormattedExecutionResult<Record<string, PlanChangeEvent>, unknown> | { refused: Refusal[] }
  > => {
    try {
      const result = await iterator.next();
      if (result.done) return { refused: [{ message: 'the subscription completed' }] };
      return result.value;
    } catch (errors) {
      return { refused: errors as Refusal[] };
    }
  };
  return { next, stop: async () => void (await iterator.return?.()) };
}

/** Subscribes and waits for its SUBSCRIBED event; throws with the errors if it is refused. */
export async function subscribe(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Heard> {
  const { next, stop } = answers(client, query, variables);
  const event = async (): Promise<PlanChangeEvent> => {
    const answer = await next();
    if ('refused' in answer) throw new Error(`refused: ${JSON.stringify(answer.refused)}`);
    if (answer.errors) throw new Error(`errors: ${JSON.stringify(answer.errors)}`);
    return Object.values(answer.data!)[0];
  };
  const subscribed = await event();
  if (subscribed.kind !== 'SUBSCRIBED') throw new Error(`the first event was ${subscribed.kind}`);
  return { subscribed, next: event, stop };
}

/** A subscription's first answer's errors, whether sent as an `error` message or in a `next`; [] if it was accepted. */
export async function refusalOf(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Refusal[]> {
  const { next, stop } = answers(client, query, variables);
  try {
    const answer = await next();
    if ('refused' in answer) return answer.refused;
    return (answer.errors ?? []) as Refusal[];
  } finally {
    await stop();
  }
}

export const PLAN_CHANGED = 'subscription ($slug: String!) { planChanged(slug: $slug) { sequence kind commitmentId } }';
export const COMMITMENT_CHANGED =
  'subscription ($id: ID!) { commitmentChanged(id: $id) { sequence kind commitmentId } }';
export const AWAITING = 'subscription { awaitingMyResponse { sequence kind commitmentId } }';
