import { useApolloClient } from '@apollo/client/react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { formatDate } from '../../../lib/format';
import { DeadlineBadge, MilestoneBadge } from '../../../ui/Badges';
import { StatusComposer } from '../../ledger';
import { savedValues } from '../../../ui/forms/fieldSpec';
import { useEditForm } from '../../../ui/forms/useEditForm';
import { UpdateMilestoneMutation } from '../graphql/editors';
import { EditForm } from '../../../ui/forms/EditForm';
import { MILESTONE_FIELDS } from './fieldSets';

export const MilestoneEditorFragment = graphql(`
  fragment MilestoneEditor_milestone on Milestone {
    id
    title
    description
    dueDate
    status
    deadline
    version
  }
`);

export interface MilestoneEditorProps {
  milestone: FragmentType<typeof MilestoneEditorFragment>;
  /** Loads the commitment again (after a conflict, a status update or an edit). */
  reload: () => Promise<unknown>;
}

/** One milestone: its status and due date, its edit form and its status composer, each behind a disclosure. */
export function MilestoneEditor({ milestone: milestoneRef, reload }: MilestoneEditorProps) {
  const client = useApolloClient();
  const milestone = getFragmentData(MilestoneEditorFragment, milestoneRef);
  const form = useEditForm({
    fields: MILESTONE_FIELDS,
    saved: savedValues(MILESTONE_FIELDS, milestone),
    version: milestone.version,
    reload,
    save: async (input, version) => {
      await client.mutate({
        mutation: UpdateMilestoneMutation,
        variables: { input: { ...input, id: milestone.id, version } },
      });
      // The commitment's history shows the edit.
      void reload().catch(() => undefined);
    },
  });

  return (
    <li className="editor-item">
      <h3 className="editor-item__title">{milestone.title}</h3>
      <p className="editor-item__meta">
        <MilestoneBadge status={milestone.status} />
        {milestone.deadline === 'OVERDUE' ? <DeadlineBadge status="OVERDUE" /> : null}
        <span>{milestone.dueDate ? `Due ${formatDate(milestone.dueDate)}` : 'No due date'}</span>
      </p>
      <div className="editor-item__actions">
        <details className="editor-disclosure">
          <summary>
            Edit details<span className="visually-hidden"> of “{milestone.title}”</span>
          </summary>
          <EditForm form={form} label={`Edit the milestone “${milestone.title}”`} />
        </details>
        <details className="editor-disclosure">
          <summary>
            Record its progress<span className="visually-hidden"> on “{milestone.title}”</span>
          </summary>
          <StatusComposer
            subject={{ type: 'MILESTONE', id: milestone.id, label: milestone.title }}
            lenses={['ASSESSMENT']}
            onPosted={() => void reload().catch(() => undefined)}
          />
        </details>
      </div>
    </li>
  );
}
