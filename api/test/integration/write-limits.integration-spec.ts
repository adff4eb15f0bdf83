import { createAccount, signIn, signInDemo } from './support/accounts';
import { demoIds } from './support/demo';
import { gqlFrom } from './support/from-address';
import { startTestApp, TestApp } from './support/test-app';

const ADD = 'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }';

describe('write limits', () => {
  describe('with the default limits', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('lets an account make 60 writes in a minute and refuses the 61st with RATE_LIMITED and when to retry', async () => {
      const liaison = await signInDemo(t, 'liaison@example.org');
      const commitmentId = (await demoIds(t)).commitment('C5');
      for (let i = 1; i <= 60; i++) {
        const added = await t.gql(ADD, { input: { commitmentId, body: `Comment ${i}` } }, liaison);
        expect(added.errors).toBeUndefined();
      }
      const response = await t.post(
        { query: ADD, variables: { input: { commitmentId, body: 'One too many' } } },
        liaison,
      );
      const refused = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(refused.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(refused.errors[0].message).toMatch(
        /^Too many changes in a short time\. Wait \d+ seconds?, then try again\.$/,
      );
      const retryAfter = Number(response.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.errors[0].extensions.retryAfter).toBe(retryAfter);
      expect(
        (
          await t.gql<{ commitment: { comments: { edges: { node: { body: string } }[] } } }>(
            'query ($id: ID!) { commitment(id: $id) { comments(first: 100) { edges { node { body } } } } }',
            { id: commitmentId },
          )
        ).data!.commitment.comments.edges.map((e) => e.node.body),
      ).not.toContain('One too many');
    });
  });

  describe('per address', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: { WRITES_PER_ADDRESS_PER_MINUTE: '3' } });
    });
    afterAll(() => t.close());

    it('counts the writes of every account at one address together, and not those of another address', async () => {
      const commitmentId = (await demoIds(t)).commitment('C5');
      await createAccount(t, 'exec.a@example.org', { executiveOf: 'labour-muslim-network' });
      await createAccount(t, 'exec.b@example.org', { executiveOf: 'labour-muslim-network' });
      const [a, b] = [await signIn(t, 'exec.a@example.org'), await signIn(t, 'exec.b@example.org')];
      const comment = (address: string, cookie: string) =>
        gqlFrom(t, address, ADD, { input: { commitmentId, body: `From ${address}` } }, cookie);
      expect((await comment('127.0.0.2', a)).body.errors).toBeUndefined();
      expect((await comment('127.0.0.2', a)).body.errors).toBeUndefined();
      expect((await comment('127.0.0.2', b)).body.errors).toBeUndefined();
      const refused = await comment('127.0.0.2', b);
      expect(refused.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect((await comment('127.0.0.3', b)).body.errors).toBeUndefined();
    });

    it('does not count reads', async () => {
      for (let i = 0; i < 10; i++) {
        const read = await gqlFrom(t, '127.0.0.4', '{ organisations { slug } }');
        expect(read.body.errors).toBeUndefined();
      }
    });
  });
});
