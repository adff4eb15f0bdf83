import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { commitmentOf, PLAN, PLAN_READ, PlanAnswer, POST_ENTRY } from './support/public-reads';
import { signInDemo } from './support/accounts';
import { countStatements, startTestApp, TestApp, UNLIMITED_WRITES } from './support/test-app';
import { DATA_GENERATION_TABLE } from '../../src/common/data-generation';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** Whether the request ran any statement but the read of the data generation. */
  computed: boolean;
}

/**
 * Kept anonymous GraphQL answers sent from node:http's request event, before Fastify runs
 * (public-cache/early-answers.ts): the same bytes and headers as the ordinary way, each
 * compressed copy with its own tag, and everything they cannot answer handed on to the ordinary
 * way with its body intact, refusals included.
 */
describe('answers sent before Fastify runs', () => {
  let t: TestApp;
  const body = JSON.stringify({ query: PLAN_READ, variables: { slug: PLAN } });

  beforeAll(async () => {
    t = await startTestApp({ env: UNLIMITED_WRITES });
  });
  afterAll(() => t?.close());

  /** A POST /graphql over a socket of its own, its body written in `pieces` chunks. */
  async function post(payload: string, headers: Record<string, string> = {}, pieces = 1): Promise<Answer> {
    let answer!: Omit<Answer, 'computed'>;
    const { statements } = await countStatements(t.dataSource, async () => {
      answer = await new Promise((resolve, reject) => {
        const bytes = Buffer.from(payload);
        const sent = httpRequest(
          `${t.url}/graphql`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': String(bytes.length), ...headers },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
            );
          },
        );
        sent.on('error', reject);
        const size = Math.ceil(bytes.length / pieces);
        for (let start = 0; start < bytes.length; start += size) sent.write(bytes.subarray(start, start + size));
        sent.end();
      });
    });
    const computed = statements.some((statement) => !statement.includes(`FROM "${DATA_GENERATION_TABLE}"`));
    return { ...answer, computed };
  }

  it('sends the ordinary way’s bytes and headers again, and each compressed copy with a tag of its own', async () => {
    const ordinary = await post(body);
    expect(ordinary.status).toBe(200);
    const early = await post(body, {}, 7);
    expect(early.computed).toBe(false);
    expect(early.body.equals(ordinary.body)).toBe(true);
    for (const name of ['content-type', 'etag', 'cache-control', 'content-security-policy', 'x-frame-options'])
      expect(early.headers[name]).toBe(ordinary.headers[name]);
    expect(early.headers['x-request-id']).not.toBe(ordinary.headers['x-request-id']);

    const brotli = await post(body, { 'accept-encoding': 'br' });
    const gzip = await post(body, { 'accept-encoding': 'gzip' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).equals(ordinary.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(ordinary.body)).toBe(true);
    expect(brotli.headers.vary).toBe('Accept-Encoding');
    const tags = new Set([ordinary.headers.etag, brotli.headers.etag, gzip.headers.etag]);
    expect(tags.size).toBe(3);

    const held = await post(body, { 'accept-encoding': 'br', 'if-none-match': String(brotli.headers.etag) });
    expect(held.status).toBe(304);
    expect(held.body.length).toBe(0);
    expect(held.headers.etag).toBe(brotli.headers.etag);
    expect(held.headers['content-security-policy']).toBe(ordinary.headers['content-security-policy']);
  });

  it('hands the same bytes from a signed-in reader to the ordinary way, never to the kept answer', async () => {
    await post(body);
    const executive = await signInDemo(t, 'executive@example.org');
    const signedIn = await post(body, { cookie: executive });
    expect(signedIn.status).toBe(200);
    expect(signedIn.computed).toBe(true);
    expect(signedIn.headers['cache-control']).toBe('private, no-store');
    const bearer = await post(body, { authorization: 'Bearer not-a-session' });
    expect(bearer.headers['cache-control']).toBe('private, no-store');
  });

  it('hands what it cannot answer to the ordinary way with its body whole: a write, a refusal, a changed plan', async () => {
    const broken = await post('{"query": "{ organisations { slug } ');
    expect(broken.status).toBe(400);
    expect(broken.body.toString()).toMatch(/JSON/i);

    const executive = await signInDemo(t, 'executive@example.org');
    const before = commitmentOf(JSON.parse((await post(body)).body.toString()).data as PlanAnswer, 'C8');
    expect((await post(body)).computed).toBe(false);
    const posted = await t.gql(
      POST_ENTRY,
      {
        input: {
          subjectType: 'COMMITMENT',
          subjectId: before.id,
          lens: 'ASSESSMENT',
          status: 'LIMITED',
          narrative: 'Assessed after an early answer.',
        },
      },
      executive,
    );
    expect(posted.errors).toBeUndefined();
    const after = await post(body, {}, 3);
    expect(after.computed).toBe(true);
    const changed = commitmentOf(JSON.parse(after.body.toString()).data as PlanAnswer, 'C8');
    expect(changed.assessment).toBe('LIMITED');
    const again = await post(body);
    expect(again.computed).toBe(false);
  });
});
