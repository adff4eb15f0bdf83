import { AuditEvent } from '../../src/audit/audit-event.entity';
import { Revision } from '../../src/revisions/revision.entity';
import { createAccount, signIn, signInDemo } from './support/accounts';
import { undoMigrationsThrough } from './support/migrations';
import { columnNames } from './support/sql';
import { testDatabaseKind } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

const LMN = 'labour-muslim-network';
const ORGANISATION = 'id slug name description website version';

interface OrganisationRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  website: string | null;
  version: number;
}

describe('updateOrganisation: an organisation’s executives keep its profile', () => {
  let t: TestApp;
  /** Sessions: the demo's LMN executive and liaison, and an executive each of BAME Labour and LGBT+ Labour. */
  const as: Record<'lmn' | 'liaison' | 'bame' | 'lgbt', string> = { lmn: '', liaison: '', bame: '', lgbt: '' };
  beforeAll(async () => {
    t = await startTestApp();
    as.lmn = await signInDemo(t, 'executive@example.org');
    as.liaison = await signInDemo(t, 'liaison@example.org');
    for (const [who, slug] of [
      ['bame', 'bame-labour'],
      ['lgbt', 'lgbt-labour'],
    ] as const) {
      await createAccount(t, `organisations.${who}@example.org`, { executiveOf: slug });
      as[who] = await signIn(t, `organisations.${who}@example.org`);
    }
  });
  afterAll(() => t.close());

  const update = (input: Record<string, unknown>, cookie?: string) =>
    t.gql<{ updateOrganisation: OrganisationRow }>(
      `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { ${ORGANISATION} } }`,
      { input },
      cookie,
    );
  const organisation = async (slug = LMN): Promise<OrganisationRow> => {
    const { data, errors } = await t.gql<{ organisation: OrganisationRow }>(
      `query ($slug: String!) { organisation(slug: $slug) { ${ORGANISATION} } }`,
      { slug },
    );
    expect(errors).toBeUndefined();
    return data!.organisation;
  };
  const revisionsOf = (subjectId: string) =>
    t.dataSource.getRepository(Revision).find({ where: { subjectId }, order: { createdAt: 'ASC', field: 'ASC' } });
  const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0].extensions?.code;

  it('edits the fields sent, keeps a revision per changed field in the public history, and audits the edit', async () => {
    const before = await organisation();
    expect(before.version).toBe(1);
    const result = await update(
      {
        id: before.id,
        version: 1,
        name: '  Labour Muslim Network (LMN) ',
        description: before.description,
        website: 'https://example.org/lmn',
      },
      as.lmn,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateOrganisation).toMatchObject({
      slug: LMN,
      name: 'Labour Muslim Network (LMN)',
      description: before.description,
      website: 'https://example.org/lmn',
      version: 2,
    });
    expect(await organisation()).toEqual(result.data!.updateOrganisation);

    const history = await t.gql<{ revisions: { edges: { node: { field: string; before: string; after: string } }[] } }>(
      `query ($id: ID!) { revisions(subjectType: ORGANISATION, subjectId: $id) { edges { node { field before after } } } }`,
      { id: before.id },
    );
    // One edit's revisions share their instant; their order among themselves is not part of the promise.
    const nodes = history.data!.revisions.edges.map((e) => e.node);
    expect(nodes.sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      { field: 'name', before: 'Labour Muslim Network', after: 'Labour Muslim Network (LMN)' },
      { field: 'website', before: null, after: 'https://example.org/lmn' },
    ]);
    expect((await revisionsOf(before.id)).every((r) => r.subjectType === 'ORGANISATION' && r.version === 2)).toBe(true);
    const audit = await t.dataSource.getRepository(AuditEvent).findOneByOrFail({ action: 'organisation.update' });
    expect(audit).toMatchObject({ subjectType: 'ORGANISATION', subjectId: before.id });
    expect(JSON.parse(audit.detail)).toEqual({ fields: ['name', 'website'], version: 2 });

    const cleared = await update({ id: before.id, version: 2, website: null, description: null }, as.lmn);
    expect(cleared.data!.updateOrganisation).toMatchObject({ website: null, description: '', version: 3 });
    const third = (await revisionsOf(before.id)).filter((r) => r.version === 3).map((r) => [r.field, r.after]);
    expect(third).toEqual(
      expect.arrayContaining([
        ['website', null],
        ['description', ''],
      ]),
    );
  });

  it('changes nothing and writes no revision when nothing differs', async () => {
    const current = await organisation('lgbt-labour');
    const same = await update({ id: current.id, version: current.version, name: current.name }, as.lgbt);
    expect(same.data!.updateOrganisation.version).toBe(current.version);
    expect(await revisionsOf(current.id)).toEqual([]);
  });

  it('refuses a stale version with CONFLICT and the current version, and keeps the newer edit', async () => {
    const { id } = await organisation('bame-labour');
    expect((await update({ id, version: 1, name: 'BAME Labour (first)' }, as.bame)).errors).toBeUndefined();
    const stale = await update({ id, version: 1, name: 'BAME Labour (second)' }, as.bame);
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(stale.errors![0].message).toContain('changed by someone else');
    expect(await organisation('bame-labour')).toMatchObject({ name: 'BAME Labour (first)', version: 2 });
    expect((await revisionsOf(id)).map((r) => r.after)).toEqual(['BAME Labour (first)']);
  });

  it('lets only the organisation’s own executives edit it', async () => {
    const { id, version, name } = await organisation();
    const edit = { id, version, name: 'Taken over' };
    expect(codeOf(await update(edit, as.bame))).toBe('FORBIDDEN');
    expect(codeOf(await update(edit, as.liaison))).toBe('FORBIDDEN');
    expect(codeOf(await update(edit))).toBe('UNAUTHENTICATED');
    expect(codeOf(await update({ ...edit, id: '00000000-0000-4000-8000-000000000000' }, as.lmn))).toBe('NOT_FOUND');
    expect(await organisation()).toMatchObject({ name, version });
  });

  it('refuses bad input naming the field, and never changes the slug', async () => {
    const { id, version } = await organisation();
    const field = async (input: Record<string, unknown>) =>
      (await update({ id, version, ...input }, as.lmn)).errors![0].extensions;
    expect(await field({ slug: 'another-slug' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
    expect(await field({ name: '' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await field({ name: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await field({ name: null })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await field({ name: 'x'.repeat(201) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await field({ website: 'javascript:alert(1)' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'website' });
    expect(await field({ website: 'ftp://example.org/' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'website' });
    expect(await field({ description: 'x'.repeat(20001) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'description',
    });
    expect(await field({ version: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
    expect((await organisation()).version).toBe(version);
  });
});

describe('migration 1764100000000 (organisation version) on a database that holds the demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('adds version 1 to every existing organisation and keeps every row', async () => {
    const organisations = () =>
      t.dataSource.query('SELECT id, slug, name, description, website FROM organisation ORDER BY slug');
    const before = await organisations();
    expect(before.length).toBe(3);
    await undoMigrationsThrough(t.dataSource, 'OrganisationVersion1764100000000');
    const columns = () => columnNames(t.dataSource, 'organisation');
    expect(await columns()).not.toContain('version');
    expect(await t.dataSource.showMigrations()).toBe(true);

    await t.dataSource.runMigrations({ transaction: 'each' });
    expect(await columns()).toContain('version');
    expect(await organisations()).toEqual(before);
    expect(await t.dataSource.query('SELECT DISTINCT version FROM organisation')).toEqual([{ version: 1 }]);
    // SQLite checks foreign keys only when told to (PostgreSQL always does): ask it to check them all.
    if (testDatabaseKind() === 'sqlite') expect(await t.dataSource.query('PRAGMA foreign_key_check')).toEqual([]);
  });
});
