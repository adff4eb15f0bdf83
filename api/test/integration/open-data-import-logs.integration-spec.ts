import { preparedDatabase, serve, Served, STARTING_MS } from './support/served';
import { makeTestFolder, TestFolder } from './support/test-database';

const EXECUTIVE = 'executive@example.org';
const PASSWORD = 'blue harbour lanterns at dusk';
const SECRET = 'Confidential wording only the file holds';
const PERSON = 'someone.named@example.org';

describe('the import never logs what a file holds (built server, production)', () => {
  let folder: TestFolder;
  let app: Served;
  beforeAll(async () => {
    folder = makeTestFolder('tracker-import-logs-');
    app = await serve(await preparedDatabase(folder, [EXECUTIVE], PASSWORD), { NODE_ENV: 'production' });
  }, STARTING_MS);
  afterAll(async () => {
    await app?.stop();
    await folder?.remove();
  });

  it('logs who imported into which organisation and the counts, never a cell, a file name or an email in it', async () => {
    const login = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: LoginInput!) { login(input: $input) { id } }',
        variables: { input: { email: EXECUTIVE, password: PASSWORD } },
      }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const csv = `reference,title,description,due_date\nC97,${SECRET},${PERSON},2026-02-30\nC98,${SECRET} again,,\n`;
    for (const dryRun of [true, false]) {
      const response = await fetch(
        `${app.url}/data/labour-muslim-network/import?dryRun=${dryRun}&plan=islamophobia-action-plan`,
        {
          method: 'POST',
          headers: { 'content-type': 'text/csv', 'x-file-name': `${PERSON}.csv`, cookie },
          body: csv,
        },
      );
      expect(response.status).toBe(400);
    }
    const valid = `reference,title,description\nC97,${SECRET},${PERSON}\n`;
    const applied = await fetch(
      `${app.url}/data/labour-muslim-network/import?dryRun=false&plan=islamophobia-action-plan`,
      {
        method: 'POST',
        headers: { 'content-type': 'text/csv', 'x-file-name': 'commitments.csv', cookie },
        body: valid,
      },
    );
    expect(((await applied.json()) as { applied: boolean }).applied).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const output = app.output();
    expect(output).toContain('import into labour-muslim-network');
    for (const secret of [SECRET, PERSON, 'C97', '2026-02-30', PASSWORD]) expect(output).not.toContain(secret);
  });
});
