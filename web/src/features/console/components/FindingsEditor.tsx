import { useApolloClient } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { apiErrorCode, errorMessage } from '../../../apollo/errors';
import { formatCount } from '../../../lib/format';
import { CreateForm } from '../../../ui/forms/CreateForm';
import { emptyValues } from '../../../ui/forms/fieldSpec';
import { FormMessages } from '../../../ui/forms/FormMessages';
import { useCreateForm } from '../../../ui/forms/useCreateForm';
import { CreateFindingMutation, DeleteFindingMutation, ReorderFindingsMutation } from '../graphql/editors';
import { EditorSection } from './EditorSection';
import { FINDING_FIELDS } from './fieldSets';
import { FindingEditor, FindingEditorFragment, moveButtonId } from './FindingEditor';
import { findingValue } from './findingValue';

export interface FindingsEditorProps {
  reportId: string;
  findings: readonly FragmentType<typeof FindingEditorFragment>[];
  reload: () => Promise<unknown>;
}

/** What the last move or deletion came to, for the list's live region. */
type Outcome = { error: ReactNode } | { success: ReactNode } | null;

const STALE_LIST =
  'Someone else changed the findings since you opened this page, so nothing was changed. The list now shows them as they are: check it and try again.';

/**
 * A report's key findings in the report's order: each editable, movable up and down and
 * deletable, and a form to add one at the end. A move sends the whole order as this page shows
 * it, so a page that missed someone else's change gets CONFLICT and moves nothing.
 */
export function FindingsEditor({ reportId, findings: findingRefs, reload }: FindingsEditorProps) {
  const client = useApolloClient();
  const items = findingRefs
    .map((ref) => ({ ref, finding: getFragmentData(FindingEditorFragment, ref) }))
    .sort((a, b) => a.finding.position - b.finding.position);
  const findings = items.map(({ finding }) => finding);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  /** Sends one change of the list; a conflict loads the list as it is now. */
  const change = async (send: () => Promise<unknown>, done: ReactNode, staleMessage: string): Promise<boolean> => {
    setBusy(true);
    setOutcome(null);
    try {
      await send();
      setOutcome({ success: done });
      return true;
    } catch (error) {
      const conflict = apiErrorCode(error) === 'CONFLICT' || apiErrorCode(error) === 'NOT_FOUND';
      if (conflict) await reload().catch(() => undefined);
      setOutcome({ error: conflict ? staleMessage : errorMessage(error) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const move = async (index: number, by: -1 | 1) => {
    const order = findings.map(({ id, version }) => ({ id, version }));
    const [moved] = order.splice(index, 1);
    order.splice(index + by, 0, moved);
    const finding = findings[index];
    const ok = await change(
      () =>
        client.mutate({
          mutation: ReorderFindingsMutation,
          variables: { input: { reportId, findings: order } },
          refetchQueries: ['EditorRevisions'],
        }),
      `Moved “${finding.label}” ${by < 0 ? 'up' : 'down'}.`,
      STALE_LIST,
    );
    if (!ok) return;
    // Focus follows the finding to its new place; at the end of the list, to the button that still works.
    const last = index + by === 0 || index + by === findings.length - 1;
    requestAnimationFrame(() =>
      document.getElementById(moveButtonId(finding.id, last ? (-by as -1 | 1) : by))?.focus(),
    );
  };

  const remove = (index: number) => {
    const finding = findings[index];
    void change(
      () =>
        client.mutate({
          mutation: DeleteFindingMutation,
          variables: { input: { id: finding.id, version: finding.version } },
          refetchQueries: ['EditorRevisions'],
        }),
      `Deleted “${finding.label}”. The report’s history keeps its wording.`,
      `“${finding.label}” was changed or deleted by someone else since you opened this page, so it was not deleted. The list now shows the findings as they are: check it and delete it again if it should go.`,
    );
  };

  const add = useCreateForm({
    fields: FINDING_FIELDS,
    initial: emptyValues(FINDING_FIELDS),
    create: async (input) => {
      const { data } = await client.mutate({
        mutation: CreateFindingMutation,
        variables: {
          input: {
            reportId,
            label: input.label ?? '',
            value: findingValue(input.value ?? null),
            unit: input.unit,
            position: findings.length + 1,
          },
        },
        refetchQueries: ['EditorRevisions'],
      });
      await reload().catch(() => undefined);
      const label = data ? getFragmentData(FindingEditorFragment, data.createFinding).label : '';
      return `“${label}” added at the end of the list.`;
    },
  });

  return (
    <EditorSection
      title="Key findings"
      intro={`${formatCount(findings.length, 'finding')}, in the order the report page shows them.`}
    >
      <FormMessages
        error={outcome && 'error' in outcome ? outcome.error : null}
        success={outcome && 'success' in outcome ? outcome.success : null}
      />
      {findings.length === 0 ? (
        <p className="muted">No findings yet: add the first below.</p>
      ) : (
        <ol className="editor-items" aria-label="The findings">
          {items.map(({ ref, finding }, index) => (
            <FindingEditor
              key={finding.id}
              finding={ref}
              first={index === 0}
              last={index === findings.length - 1}
              busy={busy}
              onMove={(by) => void move(index, by)}
              onDelete={() => remove(index)}
              reload={reload}
            />
          ))}
        </ol>
      )}
      <div className="editor-add">
        <h3>Add a finding</h3>
        <CreateForm form={add} label="Add a finding" submitLabel="Add the finding" />
      </div>
    </EditorSection>
  );
}
