import { forwardRef, useId, useState, type ReactNode } from 'react';
import { formatCount, formatDate, formatNumber } from '../../../lib/format';
import { DiffView } from '../../../ui/DiffView';
import {
  groupRows,
  type ImportAction,
  type ImportChange,
  problemCount,
  type ImportPreview,
  type ImportProblem,
  type ImportRow,
  type RowGroup,
} from '../lib/importFile';

/** How many rows of a group are shown before "Show all". */
export const ROWS_SHOWN = 200;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "3 changes", "1 new row", … for the counts of a file or of the whole import. */
export function countsInWords(counts: Record<ImportAction, number>): string[] {
  const words: string[] = [];
  if (counts.error > 0) words.push(formatCount(counts.error, 'row with errors', 'rows with errors'));
  if (counts.update > 0) words.push(formatCount(counts.update, 'row to update', 'rows to update'));
  if (counts.create > 0) words.push(formatCount(counts.create, 'new row'));
  if (counts.unchanged > 0) words.push(formatCount(counts.unchanged, 'unchanged row'));
  return words;
}

function rowName(row: { row: number | string | null; key?: string | null }): string {
  const where =
    row.row === null ? 'The whole file' : typeof row.row === 'number' ? `Row ${formatNumber(row.row)}` : row.row;
  return row.key ? `${where} · ${row.key}` : where;
}

/** "milestones.csv, row 4, column due_date: …": where the problem is, then what it is. */
function ProblemText({ problem }: { problem: ImportProblem }) {
  const row =
    problem.row === null
      ? ''
      : typeof problem.row === 'number'
        ? `, row ${formatNumber(problem.row)}`
        : `, ${problem.row}`;
  return (
    <>
      <span className="import-problem__where">
        {problem.file}
        {row}
        {problem.column ? `, column ${problem.column}` : ''}:
      </span>{' '}
      {problem.message}
    </>
  );
}

function ChangeDiff({ change }: { change: ImportChange }) {
  const dates = [change.before, change.after].every((value) => value === null || value === '' || DATE.test(value));
  return <DiffView label={change.field} before={change.before} after={change.after} kind={dates ? 'date' : 'text'} />;
}

function ErrorRow({ row }: { row: ImportRow }) {
  return (
    <li className="import-row import-row--error">
      <p className="import-row__name">{rowName(row)}</p>
      <ul className="import-row__errors">
        {row.errors.map((error, index) => (
          <li key={index}>
            <ProblemText problem={error} />
          </li>
        ))}
      </ul>
    </li>
  );
}

function UpdateRow({ row }: { row: ImportRow }) {
  return (
    <li className="import-row">
      <p className="import-row__name">{rowName(row)}</p>
      {row.changes.map((change) => (
        <ChangeDiff key={change.field} change={change} />
      ))}
    </li>
  );
}

/** A new row's filled cells, dates written as the changes' diffs write them. */
function CreateRow({ row }: { row: ImportRow }) {
  const filled = row.changes.filter((change) => change.after !== null && change.after !== '');
  return (
    <li className="import-row">
      <p className="import-row__name">{rowName(row)}</p>
      {filled.length > 0 ? (
        <dl className="import-row__fields">
          {filled.map((change) => (
            <div key={change.field}>
              <dt>{change.field}</dt>
              <dd>{change.after && DATE.test(change.after) ? formatDate(change.after) : change.after}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </li>
  );
}

/** The first `ROWS_SHOWN` items, and a button that shows the rest. */
function FirstRows({
  rows,
  what,
  render,
  listClass,
}: {
  rows: readonly ImportRow[];
  what: string;
  render: (row: ImportRow, index: number) => ReactNode;
  listClass: string;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, ROWS_SHOWN);
  return (
    <>
      <ul className={listClass}>{shown.map(render)}</ul>
      {shown.length < rows.length ? (
        <button type="button" className="button button--secondary" onClick={() => setAll(true)}>
          Show all {formatNumber(rows.length)} {what}
        </button>
      ) : null}
    </>
  );
}

const GROUP_TITLES: Record<Exclude<ImportAction, 'unchanged'>, string> = {
  error: 'Errors to fix',
  update: 'Changes',
  create: 'New rows',
};

function Group({ group }: { group: RowGroup }) {
  const key = (row: ImportRow, index: number) => `${row.row ?? 'file'}-${index}`;
  if (group.action === 'unchanged') {
    return (
      <details className="import-unchanged">
        <summary>{formatCount(group.rows.length, 'unchanged row')}</summary>
        <FirstRows
          rows={group.rows}
          what="unchanged rows"
          listClass="import-unchanged__list"
          render={(row, index) => <li key={key(row, index)}>{rowName(row)}</li>}
        />
      </details>
    );
  }
  const Row = group.action === 'error' ? ErrorRow : group.action === 'update' ? UpdateRow : CreateRow;
  return (
    <div className={`import-group import-group--${group.action}`}>
      <h4>
        {GROUP_TITLES[group.action]} ({formatNumber(group.rows.length)})
      </h4>
      <FirstRows
        rows={group.rows}
        what={GROUP_TITLES[group.action].toLowerCase()}
        listClass="import-rows"
        render={(row, index) => <Row key={key(row, index)} row={row} />}
      />
    </div>
  );
}

export interface ImportPreviewViewProps {
  preview: ImportPreview;
  /** The file's name, as chosen. */
  fileName: string;
  /** What the page offers under the counts: the apply button and what it needs said. */
  children?: ReactNode;
}

/**
 * What a file would change, row by row and file by file: errors first (with file, row and
 * column), then the changes as diffs, the new rows, and the unchanged rows folded away.
 */
export const ImportPreviewView = forwardRef<HTMLHeadingElement, ImportPreviewViewProps>(function ImportPreviewView(
  { preview, fileName, children },
  headingRef,
) {
  const headingId = useId();
  const files = groupRows(preview.rows);
  const { counts } = preview;
  const summary = countsInWords(counts);

  return (
    <section className="import-preview" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        What {fileName} would change
      </h2>
      <p className="import-preview__summary">
        {summary.length > 0 ? `${summary.join(', ')}.` : 'The file has no rows.'}
      </p>
      {problemCount(preview) > 0 ? (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">
            {counts.error > 0
              ? `${formatCount(counts.error, 'row has', 'rows have')} errors: nothing can be imported until they are fixed.`
              : 'The file has errors: nothing can be imported until they are fixed.'}
          </p>
          {preview.errors.length > 0 ? (
            <ul className="import-preview__errors">
              {preview.errors.map((error, index) => (
                <li key={index}>
                  <ProblemText problem={error} />
                </li>
              ))}
            </ul>
          ) : null}
          <p>Correct them in your file, save it, and check it again. The errors are listed first under each file.</p>
        </div>
      ) : null}
      {preview.notes.length > 0 ? (
        <ul className="import-preview__notes">
          {preview.notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      ) : null}
      {children}
      {files.map((file) => (
        <section key={file.file} className="import-file">
          <h3 className="import-file__name">{file.file}</h3>
          <p className="import-file__counts">{countsInWords(file.counts).join(', ')}</p>
          {file.groups.map((group) => (
            <Group key={group.action} group={group} />
          ))}
        </section>
      ))}
    </section>
  );
});
