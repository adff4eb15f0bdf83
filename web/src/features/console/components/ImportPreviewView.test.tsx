import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportRow } from '../lib/importFile';
import { ImportPreviewView, ROWS_SHOWN } from './ImportPreviewView';

function row(partial: Partial<ImportRow> & Pick<ImportRow, 'row' | 'action'>): ImportRow {
  return { file: 'milestones.csv', key: null, changes: [], errors: [], ...partial };
}

function preview(rows: ImportRow[], more: Partial<ImportPreview> = {}): ImportPreview {
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const { action } of rows) counts[action] += 1;
  return { plan: { slug: 'plan-a', exists: true }, applied: false, counts, errors: [], notes: [], rows, ...more };
}

const EDITED: ImportRow[] = [
  row({ row: 2, key: 'C1 M1', action: 'unchanged' }),
  row({
    row: 3,
    key: 'C1 M2',
    action: 'update',
    changes: [
      { field: 'title', before: 'Guidance drafted', after: 'Guidance drafted and consulted on' },
      { field: 'due_date', before: '2026-03-27', after: '2026-09-23' },
    ],
  }),
  row({
    row: 4,
    key: 'C2 M1',
    action: 'error',
    errors: [
      { file: 'milestones.csv', row: 4, column: 'due_date', message: '31/02/2026 is not a date: write 2026-02-28.' },
    ],
  }),
  row({
    row: 5,
    key: 'C2 M3',
    action: 'create',
    changes: [
      { field: 'title', before: null, after: 'Training evaluated' },
      { field: 'description', before: null, after: null },
      { field: 'due_date', before: null, after: '2027-12-31' },
    ],
  }),
  row({ file: 'commitments.csv', row: 2, key: 'C1', action: 'unchanged' }),
];

describe('ImportPreviewView', () => {
  it('counts the rows, then lists each file’s errors, changes, new rows and unchanged rows', () => {
    render(<ImportPreviewView preview={preview(EDITED)} fileName="plan.zip" />);

    screen.getByRole('heading', { level: 2, name: 'What plan.zip would change' });
    screen.getByText('1 row with errors, 1 row to update, 1 new row, 2 unchanged rows.');

    const files = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(files).toEqual(['milestones.csv', 'commitments.csv']);
    const groups = screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);
    expect(groups).toEqual(['Errors to fix (1)', 'Changes (1)', 'New rows (1)']);

    const update = screen.getByText('Row 3 · C1 M2').closest('li');
    if (!update) throw new Error('no row');
    expect(update.textContent).toContain('title changed');
    expect(within(update).getByText('Guidance drafted').closest('.diff')).not.toBeNull();
    expect(within(update).getByText('and consulted on', { exact: false }).tagName).toBe('INS');
    expect(within(update).getByText('27 March 2026').tagName).toBe('DEL');
    expect(within(update).getByText('23 September 2026').tagName).toBe('INS');

    const created = screen.getByText('Row 5 · C2 M3').closest('li');
    if (!created) throw new Error('no row');
    expect(within(created).getByText('title').tagName).toBe('DT');
    expect(within(created).getByText('Training evaluated').tagName).toBe('DD');
    expect(within(created).queryByText('description')).toBeNull();
    // A date as the changes' diffs write it.
    expect(within(created).getByText('31 December 2027').tagName).toBe('DD');

    // Unchanged rows are folded away, one fold per file.
    const folds = screen.getAllByText(/unchanged row$/, { selector: 'summary' });
    expect(folds).toHaveLength(2);
    expect(folds[0]?.closest('details')?.open).toBe(false);
  });

  it('shows every error with its file, row and column, highlighted and announced', () => {
    render(<ImportPreviewView preview={preview(EDITED)} fileName="milestones.csv" />);

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('1 row has errors: nothing can be imported until they are fixed.');

    const error = screen.getByText('Row 4 · C2 M1').closest('li');
    expect(error?.className).toContain('import-row--error');
    expect(error?.textContent).toContain('milestones.csv, row 4, column due_date: 31/02/2026 is not a date');
  });

  it('shows the problems of a file as a whole, and rows of a JSON document by their path', () => {
    const json = row({
      file: 'plan.json',
      row: 'commitments[3].milestones[1]',
      key: 'C4 M2',
      action: 'error',
      errors: [
        { file: 'plan.json', row: 'commitments[3].milestones[1]', column: 'title', message: 'A title is needed.' },
      ],
    });
    render(
      <ImportPreviewView
        preview={preview([json], {
          errors: [{ file: 'updates.csv', row: null, column: 'lens', message: 'The column lens is missing.' }],
          notes: ['Rows of revisions.csv are history: they are not copied into a plan that exists.'],
        })}
        fileName="plan.json"
      />,
    );

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('updates.csv, column lens: The column lens is missing.');
    expect(screen.getByText('commitments[3].milestones[1] · C4 M2').closest('li')?.textContent).toContain(
      'plan.json, commitments[3].milestones[1], column title: A title is needed.',
    );
    screen.getByText('Rows of revisions.csv are history: they are not copied into a plan that exists.');
  });

  it('says nothing is wrong when there are no errors', () => {
    render(<ImportPreviewView preview={preview(EDITED.filter((r) => r.action !== 'error'))} fileName="plan.zip" />);

    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('heading', { name: /Errors to fix/ })).toBeNull();
  });

  it('shows the first rows of a long group, and all of them on request', () => {
    const many = Array.from({ length: ROWS_SHOWN + 50 }, (_, index) =>
      row({ row: index + 2, key: `C${index + 1}`, action: 'unchanged', file: 'commitments.csv' }),
    );
    render(<ImportPreviewView preview={preview(many)} fileName="commitments.csv" />);

    const fold = screen.getByText('250 unchanged rows', { selector: 'summary' }).closest('details');
    if (!fold) throw new Error('no fold');
    expect(within(fold).getAllByRole('listitem', { hidden: true })).toHaveLength(ROWS_SHOWN);

    fireEvent.click(within(fold).getByRole('button', { name: 'Show all 250 unchanged rows', hidden: true }));

    expect(within(fold).getAllByRole('listitem', { hidden: true })).toHaveLength(250);
    expect(within(fold).queryByRole('button', { hidden: true })).toBeNull();
  });
});
