import { EVIDENCE_MAX, EvidenceKind } from '@tracker/rules';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { evidenceKindLabel } from '../../../lib/labels';
import { SelectField, TextField } from '../../../ui/forms/Field';
import { emptyEvidence, type EvidenceDraft } from '../lib/updateForm';
import '../../../ui/forms/link-button.css';

const KIND_OPTIONS: readonly { value: EvidenceKind | ''; label: string }[] = [
  { value: '', label: 'Choose a kind' },
  ...Object.values(EvidenceKind).map((kind) => ({ value: kind, label: evidenceKindLabel(kind) })),
];

interface EvidenceEditorProps {
  rows: readonly EvidenceDraft[];
  onChange: (rows: EvidenceDraft[]) => void;
  /** The rule for this status, e.g. "Complete needs at least one piece of public evidence." */
  hint: ReactNode;
  /** Whether the chosen status needs evidence: the list then says "required". */
  required: boolean;
  /** The problem of the whole list (none attached), and of each row's fields by path. */
  error?: string | null;
  fieldError: (field: string) => string | null;
}

/** The public sources behind an update: a row per source, added and removed at will. */
export function EvidenceEditor({ rows, onChange, hint, required, error, fieldError }: EvidenceEditorProps) {
  const id = useId();
  const listRef = useRef<HTMLFieldSetElement>(null);
  // After adding or removing a row, where the keyboard should go next.
  const focusNext = useRef<{ row: number } | 'add' | null>(null);

  useEffect(() => {
    const target = focusNext.current;
    if (!target || !listRef.current) return;
    focusNext.current = null;
    const element =
      target === 'add'
        ? listRef.current.querySelector<HTMLElement>('[name="evidence"]')
        : listRef.current.querySelector<HTMLElement>(`[name="evidence.${target.row}.url"]`);
    element?.focus();
  }, [rows.length]);

  const change = (index: number, patch: Partial<EvidenceDraft>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = () => {
    focusNext.current = { row: rows.length };
    onChange([...rows, emptyEvidence()]);
  };
  const remove = (index: number) => {
    focusNext.current = rows.length > 1 ? { row: Math.max(0, index - 1) } : 'add';
    onChange(rows.filter((_, i) => i !== index));
  };

  return (
    <fieldset className={`evidence-editor${error ? ' evidence-editor--invalid' : ''}`} ref={listRef}>
      <legend>
        Public evidence{' '}
        <span className="evidence-editor__need">{required ? '(required for this status)' : '(optional)'}</span>
      </legend>
      <p className="field__hint" id={`${id}-hint`}>
        {hint} Link to a document, statement or report anyone can open; it is shown with the update.
      </p>
      {rows.length > 0 ? (
        <ol className="evidence-editor__rows">
          {rows.map((row, index) => (
            // Rows have no identity of their own; the index is their identity in this list.
            <li className="evidence-row" key={index}>
              <fieldset>
                <legend className="evidence-row__legend">Source {index + 1}</legend>
                <div className="evidence-row__fields">
                  <div className="evidence-row__url">
                    <TextField
                      label="Link"
                      name={`evidence.${index}.url`}
                      type="url"
                      value={row.url}
                      error={fieldError(`evidence.${index}.url`)}
                      onChange={(url) => change(index, { url })}
                    />
                  </div>
                  <div className="evidence-row__title">
                    <TextField
                      label="Title"
                      name={`evidence.${index}.title`}
                      value={row.title}
                      error={fieldError(`evidence.${index}.title`)}
                      onChange={(title) => change(index, { title })}
                    />
                  </div>
                  <div className="evidence-row__kind">
                    <SelectField
                      label="Kind of source"
                      name={`evidence.${index}.kind`}
                      value={row.kind}
                      options={KIND_OPTIONS}
                      error={fieldError(`evidence.${index}.kind`)}
                      onChange={(kind) => change(index, { kind })}
                    />
                  </div>
                  <div className="evidence-row__date">
                    <TextField
                      label="Published (optional)"
                      name={`evidence.${index}.publishedOn`}
                      type="date"
                      value={row.publishedOn}
                      error={fieldError(`evidence.${index}.publishedOn`)}
                      onChange={(publishedOn) => change(index, { publishedOn })}
                    />
                  </div>
                </div>
                <button
                  type="button"
                  className="link-button evidence-row__remove"
                  aria-label={`Remove source ${index + 1}`}
                  onClick={() => remove(index)}
                >
                  Remove
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
      ) : null}
      <p className="field__error" id={`${id}-error`}>
        {error}
      </p>
      {rows.length < EVIDENCE_MAX ? (
        <button
          type="button"
          name="evidence"
          className="button button--secondary evidence-editor__add"
          aria-describedby={`${id}-hint ${id}-error`}
          onClick={add}
        >
          {rows.length === 0 ? 'Add a source' : 'Add another source'}
        </button>
      ) : null}
    </fieldset>
  );
}
