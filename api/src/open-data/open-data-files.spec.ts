import { dataPackage, tableCsv } from './open-data-files';
import { columnsOf, emptyTables } from './tables';

describe('the CSV files', () => {
  const finding = (values: Record<string, string>) =>
    Object.fromEntries(columnsOf('findings').map((column) => [column, values[column] ?? null]));

  it('neutralises text cells only: a number written by the exporter stays a number', () => {
    const csv = tableCsv('findings', [
      finding({ report_slug: 'r', position: '1', label: '-3 points', value: '-3', unit: '@people' }),
    ]).toString('utf8');
    expect(csv).toBe(
      '\ufefffinding_id,report_slug,position,label,value,unit,version\r\n' + ",r,1,'-3 points,-3,'@people,\r\n",
    );
  });

  it('quotes as RFC 4180 says: commas, quotes and line breaks inside a cell', () => {
    const csv = tableCsv('findings', [
      finding({ report_slug: 'r', position: '1', label: 'a, "b"\nc', value: '29' }),
    ]).toString('utf8');
    expect(csv.split('\r\n')[1]).toBe(',r,1,"a, ""b""\nc",29,,');
  });

  it('names a key into the same file with an empty resource, as Frictionless does', () => {
    const descriptor = dataPackage(emptyTables(), {
      generatedAt: '2026-01-01T00:00:00.000Z',
      licence: { id: 'CC0-1.0', title: 'CC0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
      dataDictionary: 'docs/open-data.md',
      organisation: { slug: 'org', name: 'Org', description: '', website: null },
    }) as { resources: { name: string; schema: { foreignKeys: { reference: { resource: string } }[] } }[] };
    const updates = descriptor.resources.find((resource) => resource.name === 'updates')!;
    expect(updates.schema.foreignKeys.map((key) => key.reference.resource)).toEqual(['commitments', 'milestones', '']);
  });
});
