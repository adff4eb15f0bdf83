import { useEffect, useId, useRef } from 'react';
import { DiffView } from '../DiffView';
import { displayValue, type FieldSpec } from './fieldSpec';
import type { Conflict } from './useEditForm';
import './conflict-panel.css';

export interface ConflictPanelProps<K extends string> {
  conflict: Conflict<K>;
  fields: readonly FieldSpec<K>[];
  saving: boolean;
  onApplyMine: () => void;
  onTakeTheirs: () => void;
  onRetry: () => void;
}

/**
 * Someone saved first. Each field this person changed is shown as the server has it now
 * ("Saved meanwhile") beside what they typed ("Yours"); their text stays in the form until
 * they choose to re-apply it onto the new version or to take the new version instead.
 */
export function ConflictPanel<K extends string>({
  conflict,
  fields,
  saving,
  onApplyMine,
  onTakeTheirs,
  onRetry,
}: ConflictPanelProps<K>) {
  const titleId = useId();
  const titleRef = useRef<HTMLParagraphElement>(null);
  const spec = (name: K) => fields.find((field) => field.name === name) as FieldSpec<K>;

  // Keyboard and screen-reader users are taken to the choice they now have to make.
  useEffect(() => {
    if (conflict.state !== 'loading') titleRef.current?.focus();
  }, [conflict.state]);

  return (
    <div className="conflict" role="group" aria-labelledby={titleId}>
      <p className="conflict__title" id={titleId} ref={titleRef} tabIndex={-1}>
        Someone else saved this while you were editing
      </p>
      {conflict.state === 'loading' ? (
        <p role="status">Loading the version they saved…</p>
      ) : conflict.state === 'failed' ? (
        <>
          <p>
            The version they saved could not be loaded. What you typed is still in the form above. Check your
            connection, then try again.
          </p>
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        </>
      ) : (
        <>
          <p>Nothing you typed is lost. Compare your changes with the version saved meanwhile, then choose.</p>
          <ul className="conflict__fields">
            {conflict.fields.map((item) => {
              const field = spec(item.name);
              const wordByWord =
                item.changedMeanwhile &&
                (field.kind ?? 'text') !== 'date' &&
                field.kind !== 'select' &&
                item.saved.trim() !== '' &&
                item.yours.trim() !== '';
              return (
                <li key={item.name} className="conflict__field">
                  <p className="conflict__label">
                    {field.label}
                    {item.changedMeanwhile ? null : <span className="conflict__unchanged"> (not changed by them)</span>}
                  </p>
                  <dl className="conflict__pair">
                    <div className="conflict__side conflict__side--theirs">
                      <dt>Saved meanwhile</dt>
                      <dd>{displayValue(field, item.saved)}</dd>
                    </div>
                    <div className="conflict__side conflict__side--yours">
                      <dt>Yours</dt>
                      <dd>{displayValue(field, item.yours)}</dd>
                    </div>
                  </dl>
                  {wordByWord ? (
                    <details className="conflict__diff">
                      <summary>What applying yours would change, word by word</summary>
                      <DiffView label={field.label} before={item.saved} after={item.yours} kind="text" />
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ul>
          {conflict.alsoChanged.length > 0 ? (
            <p className="conflict__also">
              They also changed {conflict.alsoChanged.map((name) => `“${spec(name).label}”`).join(', ')}; that stays as
              they saved it either way.
            </p>
          ) : null}
          <div className="form-actions">
            <button type="button" className="button" aria-disabled={saving} onClick={saving ? undefined : onApplyMine}>
              {saving ? 'Saving…' : 'Apply my changes to the new version'}
            </button>
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={saving}
              onClick={saving ? undefined : onTakeTheirs}
            >
              Discard mine and use theirs
            </button>
          </div>
        </>
      )}
    </div>
  );
}
