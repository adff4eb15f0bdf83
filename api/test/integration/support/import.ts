import { OrganisationsService } from '../../../src/organisations/organisations.service';
import { createAccount, signIn } from './accounts';
import { tablesOf } from './sql';
import { startTestApp, TestApp, UNLIMITED_WRITES } from './test-app';

export const ORG = 'labour-muslim-network';
export const PLAN = 'islamophobia-action-plan';

/** The content types the import route takes, by the file's ending. */
const TYPES: Record<string, string> = { zip: 'application/zip', json: 'application/json', csv: 'text/csv' };

/** Sends a file to `POST /data/<org>/import` as the console does. */
export function postImport(
  t: TestApp,
  body: Buffer | string,
  options: { name: string; cookie?: string; dryRun?: boolean; org?: string; plan?: string },
): Promise<Response> {
  const query = `dryRun=${options.dryRun ?? true}${options.plan ? `&plan=${options.plan}` : ''}`;
  return fetch(`${t.url}/data/${options.org ?? ORG}/import?${query}`, {
    method: 'POST',
    headers: {
      'content-type': TYPES[options.name.split('.').pop()!],
      'x-file-name': options.name,
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
    body: new Uint8Array(typeof body === 'string' ? Buffer.from(body) : body),
  });
}

/** A GET of a download, with a session when given; fails the test unless it is 200. */
export async function download(t: TestApp, path: string, cookie?: string): Promise<Buffer> {
  const response = await fetch(`${t.url}${path}`, { headers: cookie ? { cookie } : {} });
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return Buffer.from(await response.arrayBuffer());
}

/**
 * An empty installation (no demo) with the demo's organisation, as `tracker org:create` makes
 * it, and one executive, signed in.
 */
export async function emptyInstallation(
  organisation: { slug: string; name: string; description: string; website: string | null } = {
    slug: ORG,
    name: 'Labour Muslim Network',
    description: '',
    website: null,
  },
): Promise<{ t: TestApp; cookie: string }> {
  const t = await startTestApp({ seed: false, env: { ...UNLIMITED_WRITES, DEMO_DATA: 'off' } });
  await t.app.get(OrganisationsService).create(organisation);
  await createAccount(t, 'importer@example.org', { executiveOf: organisation.slug });
  return { t, cookie: await signIn(t, 'importer@example.org') };
}

/**
 * Tables a request changes whatever it asks: sessions, the write limits' counters (kept in
 * the database on PostgreSQL, where every process shares them), and the data generation, which
 * every committed write transaction bumps, one that changes nothing included.
 */
const BOOKKEEPING = new Set(['session', 'rate_limit', 'data_generation']);

/** Every row of every table (bookkeeping aside): a refused or repeated import must leave it as it was. */
export async function dumpDatabase(t: TestApp): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const name of await tablesOf(t.dataSource))
    if (!BOOKKEEPING.has(name)) out[name] = await t.dataSource.query(`SELECT * FROM "${name}" ORDER BY 1`);
  return JSON.stringify(out);
}
