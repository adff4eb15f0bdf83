import { ZipFile } from 'yazl';
import { AuditService } from '../../src/audit/audit.service';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { Revision } from '../../src/revisions/revision.entity';
import { ImportPreview } from '../../src/open-data/import/import-preview';
import { createAccount, signIn, signInDemo } from './support/accounts';
import { dumpDatabase as dump, ORG, PLAN } from './support/import';
import { refuseInsert, sql } from './support/sql';
import { startTestApp, TestApp, UNLIMITED_WRITES } from './support/test-app';

/** A zip written with yazl, the library the export writes its zips with. */
function zipOf(entries: { name: string; content?: Buffer | string; folder?: boolean }[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const entry of entries)
    if (entry.folder) zip.addEmptyDirectory(entry.name);
    else zip.addBuffer(Buffer.from(entry.content ?? 'reference,title\n'), entry.name);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** Overwrites, in a zip's local and central headers, the uncompressed size of every entry: a zip that lies about its size. */
function claimSize(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = 0; at < out.length - 4; at += 1) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50) out.writeUInt32LE(size, at + 22);
    if (signature === 0x02014b50) out.writeUInt32LE(size, at + 24);
  }
  return out;
}

describe('open-data import', () => {
  let t: TestApp;
  let executive: string;
  beforeAll(async () => {
    t = await startTestApp({ env: UNLIMITED_WRITES });
    executive = await signInDemo(t, 'executive@example.org');
  });
  afterAll(() => t.close());

  const upload = (
    body: Buffer | string,
    options: { name: string; type?: string; dryRun?: boolean; cookie?: string | null; plan?: string },
  ) =>
    fetch(
      `${t.url}/data/${ORG}/import?dryRun=${options.dryRun ?? true}${options.plan ? `&plan=${options.plan}` : ''}`,
      {
        method: 'POST',
        headers: {
          'content-type': options.type ?? 'text/csv',
          'x-file-name': options.name,
          ...(options.cookie === null ? {} : { cookie: options.cookie ?? executive }),
        },
        body: new Uint8Array(typeof body === 'string' ? Buffer.from(body) : body),
      },
    );

  const commitment = async (reference: string) =>
    (
      await sql(
        t.dataSource,
        'SELECT c.* FROM "commitment" c JOIN action_plan p ON p.id = c.plan_id WHERE p.slug = ? AND c.reference = ?',
        [PLAN, reference],
      )
    )[0] as { id: string; title: string; version: number; due_date: string | null };

  it('previews an edited commitments.csv, then applies it with revisions and an audit event; the same file again changes nothing', async () => {
    const c1 = await commitment('C1');
    const csv = `\uFEFFreference,title,due_date,version\r\nC1,A new wording of C1,2027-01-31,${c1.version}\r\n`;
    const before = await dump(t);
    const dry = await upload(csv, { name: 'commitments (1).csv', plan: PLAN });
    expect(dry.status).toBe(200);
    const preview = (await dry.json()) as ImportPreview;
    expect(preview.applied).toBe(false);
    expect(preview.counts).toEqual({ create: 0, update: 1, unchanged: 0, error: 0 });
    expect(preview.rows[0]).toMatchObject({ file: 'commitments (1).csv', row: 2, key: 'C1', action: 'update' });
    expect(preview.rows[0].changes).toEqual(
      expect.arrayContaining([{ field: 'title', before: c1.title, after: 'A new wording of C1' }]),
    );
    expect(await dump(t)).toBe(before);

    const applied = (await (
      await upload(csv, { name: 'commitments.csv', plan: PLAN, dryRun: false })
    ).json()) as ImportPreview;
    expect(applied.applied).toBe(true);
    const after = await commitment('C1');
    expect(after).toMatchObject({ title: 'A new wording of C1', due_date: '2027-01-31', version: c1.version + 1 });
    const revisions = await t.dataSource.getRepository(Revision).findBy({ subjectId: c1.id, version: c1.version + 1 });
    expect(revisions.map((r) => r.field).sort()).toEqual(['dueDate', 'title']);
    expect(await t.dataSource.getRepository(AuditEvent).countBy({ action: 'plan.import' })).toBe(1);

    const stale = (await (
      await upload(csv, { name: 'commitments.csv', plan: PLAN, dryRun: false })
    ).json()) as ImportPreview;
    expect(stale.counts).toEqual({ create: 0, update: 0, unchanged: 1, error: 0 });
    const twice = await dump(t);
    const again = (await (
      await upload(csv, { name: 'commitments.csv', plan: PLAN, dryRun: false })
    ).json()) as ImportPreview;
    expect(again.counts.unchanged).toBe(1);
    expect(await dump(t)).toBe(twice);
  });

  it('refuses a row edited from a stale version as a conflict and writes nothing', async () => {
    const c2 = await commitment('C2');
    const before = await dump(t);
    const csv = `reference,title,version\nC2,Edited elsewhere,${c2.version + 5}\n`;
    const preview = (await (
      await upload(csv, { name: 'commitments.csv', plan: PLAN, dryRun: false })
    ).json()) as ImportPreview;
    expect(preview.applied).toBe(false);
    expect(preview.rows[0].errors[0]).toMatchObject({ column: 'version' });
    expect(preview.rows[0].errors[0].message).toContain('Changed in the tracker since this file was exported');
    expect(await dump(t)).toBe(before);
  });

  it.each([
    ['not UTF-8', Buffer.from('reference,title\nC1,Caf\xe9\n', 'latin1'), 'not UTF-8'],
    ['semicolons', 'reference;title\nC1;Title\n', 'semicolons'],
    ['unbalanced quotes', 'reference,title\nC1,"Title\nC2,Other\n', 'never closed'],
    ['a missing required column', 'reference\nC1\n', 'has no "title" column'],
    ['an unknown column', 'reference,title,colour\nC1,Title,red\n', '"colour"'],
    ['a duplicate reference', 'reference,title\nC90,One\nC90,Two\n', 'already on row 2'],
    ['a bad date', 'reference,title,due_date\nC91,Title,2026-02-30\n', 'no such day'],
    ['a formula cell', 'reference,title\nC92,"=HYPERLINK(""http://evil.example"")"\n', 'formula'],
    ['a NUL character', 'reference,title\nC93,Before\u0000after\n', 'NUL character (U+0000)'],
  ])('refuses %s with a clear error and changes nothing', async (_what, body, message) => {
    const before = await dump(t);
    const response = await upload(body, { name: 'commitments.csv', plan: PLAN, dryRun: false });
    expect(response.status).toBe(200);
    const preview = (await response.json()) as ImportPreview;
    expect(preview.applied).toBe(false);
    const errors = [...preview.errors, ...preview.rows.flatMap((row) => row.errors)];
    expect(errors.map((error) => error.message).join('\n')).toContain(message);
    expect(errors.every((error) => error.file === 'commitments.csv')).toBe(true);
    expect(await dump(t)).toBe(before);
  });

  it('refuses a link to a recommendation that does not exist, and a percentage out of range', async () => {
    const before = await dump(t);
    const links = (await (
      await upload(
        'commitment_reference,report_slug,recommendation_reference\nC1,islamophobia-and-the-muslim-experience,R999\n',
        {
          name: 'commitment_recommendations.csv',
          plan: PLAN,
          dryRun: false,
        },
      )
    ).json()) as ImportPreview;
    expect(links.rows[0].errors[0]).toMatchObject({ row: 2, column: 'recommendation_reference' });
    const findings = (await (
      await upload(
        'report_slug,position,label,value,unit\nislamophobia-and-the-muslim-experience,99,Too many,140,%\n',
        {
          name: 'findings.csv',
          plan: PLAN,
          dryRun: false,
        },
      )
    ).json()) as ImportPreview;
    expect(findings.rows[0].errors[0]).toMatchObject({ row: 2, column: 'value' });
    expect(findings.rows[0].errors[0].message).toContain('between 0 and 100');
    expect(await dump(t)).toBe(before);
  });

  it('answers 401 signed out, 403 to a liaison and to another organisation’s executive, 415 for another content type, 413 over 20 MB, 400 for a name that does not decode', async () => {
    const csv = 'reference,title\nC1,x\n';
    expect((await upload(csv, { name: 'commitments.csv', cookie: null })).status).toBe(401);
    const liaison = await signInDemo(t, 'liaison@example.org');
    expect((await upload(csv, { name: 'commitments.csv', cookie: liaison })).status).toBe(403);
    await createAccount(t, 'import.bame@example.org', { executiveOf: 'bame-labour' });
    const stranger = await signIn(t, 'import.bame@example.org');
    expect((await upload(csv, { name: 'commitments.csv', cookie: stranger })).status).toBe(403);
    expect((await upload(csv, { name: 'commitments%E0%A4%A.csv' })).status).toBe(400);
    expect((await upload(csv, { name: 'commitments.csv', type: 'application/x-www-form-urlencoded' })).status).toBe(
      415,
    );
    expect((await upload(Buffer.alloc(21 * 1024 * 1024, 'a'), { name: 'commitments.csv' })).status).toBe(413);
  });

  describe('hostile zips: refused before anything is unpacked or written', () => {
    const commitments = 'reference,title,version\nC1,Never imported,1\n';
    it.each([
      [
        'an entry that inflates past 50 MB (a zip bomb)',
        () => zipOf([{ name: 'commitments.csv', content: Buffer.alloc(60 * 1024 * 1024, ' ') }]),
        413,
        'more than 50 MB unpacked',
      ],
      [
        'an entry that grows more than a hundredfold',
        () => zipOf([{ name: 'commitments.csv', content: Buffer.alloc(4 * 1024 * 1024, ' ') }]),
        413,
        'grow more than 100 times',
      ],
      [
        'an entry that claims to be 60 MB',
        async () => claimSize(await zipOf([{ name: 'commitments.csv', content: commitments }]), 60 * 1024 * 1024),
        413,
        'more than 50 MB unpacked',
      ],
      [
        'an entry larger than it claims',
        async () => claimSize(await zipOf([{ name: 'commitments.csv', content: commitments }]), 10),
        400,
        'damaged',
      ],
      [
        'too many entries',
        () => zipOf(Array.from({ length: 26 }, (_, i) => ({ name: `commitments (${i + 1}).csv` }))),
        400,
        'holds 26 files',
      ],
      [
        'a path out of the folder (../x.csv)',
        async () => {
          const zip = await zipOf([{ name: 'aa/x.csv', content: commitments }]);
          return Buffer.from(zip.toString('latin1').replaceAll('aa/x.csv', '../x.csv'), 'latin1');
        },
        400,
        'damaged',
      ],
      ['a folder', () => zipOf([{ name: 'data/', folder: true }]), 400, 'not in folders'],
      [
        'a table inside a folder',
        () => zipOf([{ name: 'data/commitments.csv', content: commitments }]),
        400,
        'not in folders',
      ],
      ['a file that is not one of an export', () => zipOf([{ name: 'run.sh', content: 'x' }]), 400, 'run.sh'],
    ])('%s', async (_what, build, status, message) => {
      const before = await dump(t);
      const response = await upload(await build(), { name: 'plan.zip', type: 'application/zip', dryRun: false });
      expect(response.status).toBe(status);
      const body = (await response.json()) as { error: string };
      expect(body.error).toContain(message);
      expect(await dump(t)).toBe(before);
    });
  });

  describe('all or nothing: a failure in the middle of an apply leaves nothing of the import', () => {
    const milestones = async () => {
      const c1 = await commitment('C1');
      const rows: { reference: string; title: string; version: number }[] = await sql(
        t.dataSource,
        'SELECT reference, title, version FROM milestone WHERE commitment_id = ? ORDER BY position',
        [c1.id],
      );
      return [
        'commitment_reference,reference,title,version',
        `C1,${rows[0].reference},A new wording written first,${rows[0].version}`,
        'C1,M90,A milestone created second,',
        'C1,M91,Refused by the test trigger,',
      ].join('\n');
    };

    it('rolls back the edits and creations before a write the database refuses', async () => {
      const csv = await milestones();
      const dry = (await (await upload(csv, { name: 'milestones.csv', plan: PLAN })).json()) as ImportPreview;
      expect(dry.counts).toEqual({ create: 2, update: 1, unchanged: 0, error: 0 });
      const dropTrigger = await refuseInsert(t.dataSource, {
        table: 'milestone',
        column: 'title',
        value: 'Refused by the test trigger',
        message: 'refused by the test',
      });
      try {
        const before = await dump(t);
        const response = await upload(csv, { name: 'milestones.csv', plan: PLAN, dryRun: false });
        expect(response.status).toBe(500);
        expect(await response.text()).not.toContain('refused by the test');
        expect(await dump(t)).toBe(before);
      } finally {
        await dropTrigger();
      }
    });

    it('rolls everything back when the import’s own audit event cannot be written, the last write of all', async () => {
      const csv = await milestones();
      const audit = t.app.get(AuditService);
      const record = audit.record.bind(audit);
      const spy = jest
        .spyOn(audit, 'record')
        .mockImplementation((manager, event) =>
          event.action === 'plan.import' ? Promise.reject(new Error('disk full')) : record(manager, event),
        );
      try {
        const before = await dump(t);
        const response = await upload(csv, { name: 'milestones.csv', plan: PLAN, dryRun: false });
        expect(response.status).toBe(500);
        expect(await response.text()).not.toContain('disk full');
        expect(spy.mock.calls.map(([, event]) => event.action)).toEqual(
          expect.arrayContaining(['milestone.update', 'milestone.create', 'plan.import']),
        );
        expect(await dump(t)).toBe(before);
      } finally {
        spy.mockRestore();
      }
      const retry = (await (
        await upload(csv, { name: 'milestones.csv', plan: PLAN, dryRun: false })
      ).json()) as ImportPreview;
      expect(retry).toMatchObject({ applied: true, counts: { create: 2, update: 1, error: 0 } });
    });
  });
});
