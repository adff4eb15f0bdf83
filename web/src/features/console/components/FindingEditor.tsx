import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { formatFinding } from '../../../ui/charts/FindingsChart';
import { EditForm } from '../../../ui/forms/EditForm';
import { savedValues } from '../../../ui/forms/fieldSpec';
import { useEditForm } from '../../../ui/forms/useEditForm';
import { UpdateFindingMutation } from '../graphql/editors';
import { FINDING_FIELDS } from './fieldSets';
import { findingValue } from './findingValue';

export const FindingEditorFragment = graphql(`
  fragment FindingEditor_finding on Finding {
    id
    label
    value
    unit
    position
    version
  }
`);

export interface FindingEditorProps {
  finding: FragmentType<typeof FindingEditorFragment>;
  /** Whether it is first or last in the list: it cannot move further that way. */
  first: boolean;
  last: boolean;
  /** A move or a deletion is being sent: the buttons wait. */
  busy: boolean;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
  reload: () => Promise<unknown>;
}

/** The id of a finding's move button, so that focus can follow the finding to its new place. */
export const moveButtonId = (findingId: string, by: -1 | 1): string => `finding-${findingId}-${by < 0 ? 'up' : 'down'}`;

/** One key finding of a report: its figure and words, moving it up or down, deleting it (once confirmed), its edit form. */
export function FindingEditor({
  finding: findingRef,
  first,
  last,
  busy,
  onMove,
  onDelete,
  reload,
}: FindingEditorProps) {
  const client = useApolloClient();
  const finding = getFragmentData(FindingEditorFragment, findingRef);
  const [confirming, setConfirming] = useState(false);
  const form = useEditForm({
    fields: FINDING_FIELDS,
    saved: savedValues(FINDING_FIELDS, { ...finding, value: String(finding.value) }),
    version: finding.version,
    reload,
    save: (input, version) =>
      client.mutate({
        mutation: UpdateFindingMutation,
        variables: {
          input: {
            id: finding.id,
            version,
            label: input.label ?? undefined,
            value: input.value === undefined ? undefined : findingValue(input.value),
            unit: input.unit,
          },
        },
        refetchQueries: ['EditorRevisions'],
      }),
  });
  const name = `“${finding.label}”`;

  return (
    <li className="editor-item finding-editor">
      <p className="finding-editor__figure">{formatFinding(finding)}</p>
      <h3 className="editor-item__title">{finding.label}</h3>
      <div className="finding-editor__buttons">
        <button
          type="button"
          id={moveButtonId(finding.id, -1)}
          className="button button--secondary button--small"
          disabled={first}
          aria-disabled={busy || undefined}
          onClick={() => !busy && onMove(-1)}
        >
          Move up <span className="visually-hidden">{name}</span>
        </button>
        <button
          type="button"
          id={moveButtonId(finding.id, 1)}
          className="button button--secondary button--small"
          disabled={last}
          aria-disabled={busy || undefined}
          onClick={() => !busy && onMove(1)}
        >
          Move down <span className="visually-hidden">{name}</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={confirming}
          onClick={() => setConfirming((open) => !open)}
        >
          Delete <span className="visually-hidden">{name}</span>
        </button>
      </div>
      {confirming ? (
        <div className="finding-editor__confirm" role="group" aria-label={`Delete ${name}?`}>
          <p>Delete this finding? The report’s history keeps its wording.</p>
          <div className="finding-editor__buttons">
            <button
              type="button"
              className="button button--small"
              aria-disabled={busy || undefined}
              onClick={() => {
                if (busy) return;
                setConfirming(false);
                onDelete();
              }}
            >
              Yes, delete it
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setConfirming(false)}
            >
              Keep it
            </button>
          </div>
        </div>
      ) : null}
      <div className="editor-item__actions">
        <details className="editor-disclosure">
          <summary>
            Edit <span className="visually-hidden">{name}</span>
          </summary>
          <EditForm form={form} label={`Edit the finding ${name}`} />
        </details>
      </div>
    </li>
  );
}
