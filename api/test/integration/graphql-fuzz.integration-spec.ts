import * as fc from 'fast-check';
import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signInDemo } from './support/accounts';
import { FuzzRequest, fuzzRequests, KnownValues } from './support/graphql-fuzz';
import { recordLoggedErrors } from './support/logged-errors';
import { startTestApp, TestApp } from './support/test-app';

/** FUZZ_SEED replays a run; FUZZ_RUNS changes how many operations it sends. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
const CONCURRENCY = 4;
/** A run takes tens of seconds on a busy machine; this bound only stops one that hangs. */
const FUZZ_TIMEOUT_MS = 300_000;

/** What a stack trace or a file of the server looks like in a response. */
const STACK_TRACE = /\n\s+at |\bat \S+ \(|node_modules|\/dist\/|\/src\/|\.[jt]s:\d+:\d+|stacktrace/;

interface Outcome {
  status: number;
  codes: string[];
  text: string;
}

/** Ids, slugs and references of the demo, read through the API. */
async function knownValues(t: TestApp): Promise<KnownValues> {
  const { data } = await t.gql<{
    organisations: { id: string; slug: string }[];
    plan: {
      id: string;
      slug: string;
      commitments: { edges: { node: { id: string; reference: string; milestones: { id: string }[] } }[] };
      latestUpdates: { id: string }[];
      reports: { id: string; slug: string; recommendations: { id: string; reference: string }[] }[];
    };
  }>(
    `{ organisations { id slug } plan(slug: "islamophobia-action-plan") { id slug latestUpdates(first: 3) { id }
       commitments(first: 5) { edges { node { id reference milestones { id } } } }
       reports { id slug recommendations { id reference } } } }`,
  );
  const { organisations, plan } = data!;
  const commitments = plan.commitments.edges.map((edge) => edge.node);
  const recommendations = plan.reports.flatMap((report) => report.recommendations).slice(0, 3);
  return {
    ids: [
      plan.id,
      ...organisations.map((o) => o.id),
      ...commitments.map((c) => c.id),
      ...commitments.flatMap((c) => c.milestones.map((m) => m.id)).slice(0, 3),
      ...plan.latestUpdates.map((u) => u.id),
      ...plan.reports.map((r) => r.id),
      ...recommendations.map((r) => r.id),
    ],
    slugs: [plan.slug, ...organisations.map((o) => o.slug), ...plan.reports.map((r) => r.slug)],
    references: [...commitments.map((c) => c.reference), ...recommendations.map((r) => r.reference)],
  };
}

describe('GraphQL fuzz', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it(
    `answers ${RUNS} generated operations with client errors only: no INTERNAL_SERVER_ERROR, 5xx or stack trace`,
    async () => {
      const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));
      const cookie = await signInDemo(t, 'executive@example.org');
      const requests = fc.sample(fuzzRequests(schema, await knownValues(t)), { seed: SEED, numRuns: RUNS });
      process.stdout.write(`GraphQL fuzz: seed ${SEED} (FUZZ_SEED), ${RUNS} operations (FUZZ_RUNS)\n`);

      const send = async ({ body, signedIn }: FuzzRequest): Promise<Outcome> => {
        const response = await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(signedIn ? { cookie } : {}) },
          body: JSON.stringify(body),
        });
        const text = await response.text();
        let codes: string[] = [];
        try {
          const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
          codes = (parsed.errors ?? []).map((error) => error.extensions?.code ?? 'NO_CODE');
        } catch {
          codes = ['NOT_JSON'];
        }
        return { status: response.status, codes, text };
      };

      const logged = recordLoggedErrors();
      const outcomes: Outcome[] = new Array(requests.length);
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < requests.length) {
          const index = next++;
          outcomes[index] = await send(requests[index]);
        }
      };
      try {
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      } finally {
        logged.stop();
      }

      const byOutcome = new Map<string, number>();
      for (const { status, codes } of outcomes) {
        const key = `${status} ${codes[0] ?? (status < 400 ? 'OK' : 'no GraphQL error')}`;
        byOutcome.set(key, (byOutcome.get(key) ?? 0) + 1);
      }
      process.stdout.write(
        `GraphQL fuzz: ${outcomes.length} sent; by HTTP status and first code:\n${[...byOutcome]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, count]) => `  ${key}: ${count}`)
          .join('\n')}\n`,
      );

      const failures = outcomes
        .map((outcome, index) => ({ ...outcome, request: requests[index] }))
        .filter(
          ({ status, codes, text }) =>
            status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || STACK_TRACE.test(errorsOf(text)),
        )
        .map(({ status, text, request }) => ({
          status,
          response: text.slice(0, 500),
          request: JSON.stringify(request).slice(0, 1_000),
        }));
      expect({ failures: failures.length, first: failures.slice(0, 5) }).toEqual({ failures: 0, first: [] });
      expect(logged.messages()).toEqual([]);
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    },
    FUZZ_TIMEOUT_MS,
  );
});

/** The errors of a response (a response's data may hold any text the fuzz wrote). */
function errorsOf(text: string): string {
  try {
    return JSON.stringify((JSON.parse(text) as { errors?: unknown }).errors ?? []);
  } catch {
    return text;
  }
}
