import { DocumentMeta, documentToTables, tablesToDocument } from './plan-document';
import { columnsOf, Row, TableName, Tables } from './tables';

/** A row of the table with every column, null where not given. */
function row(table: TableName, values: Record<string, string>): Row {
  return Object.fromEntries(columnsOf(table).map((column) => [column, values[column] ?? null]));
}

const meta: DocumentMeta = {
  generatedAt: '2026-11-30T12:00:00.000Z',
  licence: {
    id: 'CC-BY-4.0',
    title: 'Creative Commons Attribution 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  dataDictionary: 'https://tracker.example.org/docs/open-data.md',
  organisation: { slug: 'lmn', name: 'Network', description: '', website: null },
};

function sample(): Tables {
  return {
    plan: [
      row('plan', {
        organisation_slug: 'lmn',
        slug: 'plan-2021',
        title: 'Plan',
        counterpart: 'Labour Party',
        report_slugs: 'report-a',
        version: '2',
        published: '2021-03-01T10:00:00.000Z',
        licence: 'CC-BY-4.0',
      }),
    ],
    reports: [
      row('reports', { report_id: 'r-1', slug: 'report-a', title: 'Report A', illustrative: 'false', version: '1' }),
    ],
    findings: [
      row('findings', {
        finding_id: 'f-1',
        report_slug: 'report-a',
        position: '1',
        label: 'Saw it',
        value: '29',
        unit: '%',
        version: '1',
      }),
      row('findings', {
        finding_id: 'f-2',
        report_slug: 'report-a',
        position: '2',
        label: 'Half',
        value: '12.5',
        unit: '',
        version: '1',
      }),
    ],
    recommendations: [
      row('recommendations', {
        recommendation_id: 'x-1',
        report_slug: 'report-a',
        reference: 'R1',
        position: '1',
        title: '=HYPERLINK("x")',
        response: 'ACCEPTED_IN_FULL',
        illustrative: 'true',
        version: '1',
      }),
    ],
    commitments: [
      row('commitments', {
        commitment_id: 'c-1',
        reference: 'C1',
        position: '1',
        title: 'Do it',
        due_date: '2022-01-31',
        illustrative: 'true',
        version: '3',
        verifiable: 'false',
        assessment: 'LIMITED',
        party_reported: 'NOT_YET_ASSESSED',
        deadline: 'OVERDUE',
      }),
    ],
    commitment_recommendations: [
      row('commitment_recommendations', {
        commitment_reference: 'C1',
        report_slug: 'report-a',
        recommendation_reference: 'R1',
      }),
    ],
    milestones: [
      row('milestones', {
        milestone_id: 'm-1',
        commitment_reference: 'C1',
        reference: 'M1',
        position: '1',
        title: 'Step',
        version: '1',
        status: 'IN_PROGRESS',
      }),
    ],
    updates: [
      row('updates', {
        entry: '1',
        update_id: 'u-1',
        sequence: '7',
        commitment_reference: 'C1',
        lens: 'ASSESSMENT',
        status: 'LIMITED',
        narrative: 'Some',
        on_behalf_of_party: 'false',
        author: 'executive',
        recorded_at: '2021-05-01T09:00:00.000Z',
      }),
      row('updates', {
        entry: '2',
        update_id: 'u-2',
        sequence: '9',
        commitment_reference: 'C1',
        milestone_reference: 'M1',
        lens: 'ASSESSMENT',
        status: 'IN_PROGRESS',
        on_behalf_of_party: 'false',
        corrects_entry: '1',
        author: 'executive',
        recorded_at: '2021-06-01T09:00:00.000Z',
      }),
    ],
    evidence: [
      row('evidence', {
        update_entry: '1',
        position: '1',
        url: 'https://example.org/a',
        title: 'A',
        kind: 'MEDIA',
        published_on: '2021-04-30',
      }),
    ],
    revisions: [
      row('revisions', {
        revision_id: 'v-1',
        subject_type: 'COMMITMENT',
        subject_key: 'C1',
        field: 'title',
        before: 'Do',
        after: 'Do it',
        version: '2',
        recorded_at: '2021-05-02T09:00:00.000Z',
        actor: 'executive',
      }),
    ],
  };
}

describe('the plan document', () => {
  it('nests the tables, with typed values and computed fields apart', () => {
    const document = tablesToDocument(sample(), meta);
    expect(document.schemaVersion).toBe(1);
    expect(document.generatedAt).toBe(meta.generatedAt);
    expect(document.licence.id).toBe('CC-BY-4.0');
    expect(document.dataDictionary).toBe(meta.dataDictionary);
    expect(document.plan).toMatchObject({ slug: 'plan-2021', version: 2, agreed_on: null, licence: 'CC-BY-4.0' });
    const [report] = document.reports;
    expect(report.findings.map((finding) => finding.value)).toEqual([29, 12.5]);
    expect(report.findings[0]).not.toHaveProperty('report_slug');
    expect(report.recommendations[0]).toMatchObject({ reference: 'R1', title: '=HYPERLINK("x")', illustrative: true });
    const [commitment] = document.commitments;
    expect(commitment).not.toHaveProperty('assessment');
    expect(commitment.computed).toEqual({
      verifiable: false,
      assessment: 'LIMITED',
      party_reported: 'NOT_YET_ASSESSED',
      deadline: 'OVERDUE',
    });
    expect(commitment.recommendations).toEqual([{ report_slug: 'report-a', reference: 'R1' }]);
    expect(commitment.milestones[0]).toMatchObject({ reference: 'M1', computed: { status: 'IN_PROGRESS' } });
    expect(commitment.milestones[0]).not.toHaveProperty('commitment_reference');
    expect(document.updates[0].evidence).toEqual([
      { position: 1, url: 'https://example.org/a', title: 'A', kind: 'MEDIA', published_on: '2021-04-30' },
    ]);
    expect(document.updates[1]).toMatchObject({ corrects_entry: 1, milestone_reference: 'M1', sequence: 9 });
  });

  it('reads its own document back into the same tables, with a JSON path per row', () => {
    const tables = sample();
    const document = JSON.parse(JSON.stringify(tablesToDocument(tables, meta)));
    const read = documentToTables(document);
    expect(read.errors).toEqual([]);
    expect(read.tables).toEqual(tables);
    expect(read.paths.milestones).toEqual(['commitments[0].milestones[0]']);
    expect(read.paths.evidence).toEqual(['updates[0].evidence[0]']);
    expect(tablesToDocument(read.tables, meta)).toEqual(document);
  });

  it('accepts numbers and booleans written as text, and leaves missing keys empty', () => {
    const read = documentToTables({
      schemaVersion: 1,
      plan: { slug: 'p', version: '4' },
      commitments: [{ reference: 'C2', illustrative: 'true', milestones: [{ reference: 'M1', position: 3 }] }],
    });
    expect(read.errors).toEqual([]);
    expect(read.tables.plan[0]).toMatchObject({ slug: 'p', version: '4', title: null });
    expect(read.tables.commitments[0]).toMatchObject({ reference: 'C2', illustrative: 'true' });
    expect(read.tables.milestones[0]).toMatchObject({ commitment_reference: 'C2', reference: 'M1', position: '3' });
    expect(read.tables.reports).toEqual([]);
  });

  it('reports what does not have the document’s shape, with the path and key', () => {
    const read = documentToTables({
      schemaVersion: 1,
      plan: { slug: 'p', colour: 'red' },
      reports: [{ slug: 'a', findings: [{ label: ['x'] }, 'text'] }],
      commitments: { reference: 'C1' },
      updates: [{ entry: 1, evidence: [{ update_entry: 2, url: 'u' }] }],
    });
    expect(read.errors).toEqual([
      { file: 'plan.json', row: 'plan', column: 'colour', message: '"colour" is not a column of plan.csv.' },
      {
        file: 'plan.json',
        row: 'reports[0].findings[0]',
        column: 'label',
        message: '"label" should be a single value (text, a number, true or false), not a list or an object.',
      },
      {
        file: 'plan.json',
        row: 'reports[0].findings[1]',
        column: null,
        message: 'This should be an object ({…}) with the row’s columns as keys.',
      },
      {
        file: 'plan.json',
        row: 'commitments',
        column: 'commitments',
        message: '"commitments" should be a list ([…]).',
      },
      {
        file: 'plan.json',
        row: 'updates[0].evidence[0]',
        column: 'update_entry',
        message: '"update_entry" is "2" but the row is listed under "1".',
      },
    ]);
  });

  it.each([[null], ['text'], [[1, 2]]])('refuses %j as a document', (document) => {
    expect(documentToTables(document).errors).toEqual([
      expect.objectContaining({
        file: 'plan.json',
        column: null,
        message: expect.stringContaining('not a plan document'),
      }),
    ]);
  });

  it('refuses another schema version', () => {
    const { errors } = documentToTables({ schemaVersion: 2, plan: {} });
    expect(errors).toEqual([
      expect.objectContaining({ column: 'schemaVersion', message: expect.stringContaining('reads schemaVersion 1') }),
    ]);
  });
});
