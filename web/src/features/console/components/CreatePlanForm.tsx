import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { consolePlanPath } from '../../../lib/paths';
import { TextField } from '../../../ui/forms/Field';
import { FormMessages } from '../../../ui/forms/FormMessages';
import { fieldError } from '../../../ui/forms/mutationProblem';
import { CreatePlanMutation } from '../graphql/console';
import { useSluggedCreateForm } from '../hooks/useSluggedCreateForm';
import type { WorkspaceData } from '../hooks/useWorkspace';
import { SLUG_HINT } from '../lib/slug';

type Report = NonNullable<WorkspaceData['organisation']>['reports'][number];

const EMPTY = { title: '', slug: '', counterpart: '', agreedOn: '', description: '' };

/** A new plan of the organisation, answering some of its reports; opens its editor once saved. */
export function CreatePlanForm({ reports }: { reports: readonly Report[] }) {
  const client = useApolloClient();
  const [reportIds, setReportIds] = useState<string[]>([]);
  const { values, set, saving, problem, submit } = useSluggedCreateForm(EMPTY, async (plan) => {
    const { data } = await client.mutate({
      mutation: CreatePlanMutation,
      variables: {
        input: {
          title: plan.title,
          slug: plan.slug,
          counterpart: plan.counterpart,
          agreedOn: plan.agreedOn || null,
          description: plan.description || null,
          reportIds,
        },
      },
      refetchQueries: ['Workspace'],
    });
    return consolePlanPath(data!.createPlan.slug);
  });

  return (
    <details className="console-add">
      <summary>Add a plan</summary>
      <form className="edit-form" aria-label="Add a plan" noValidate onSubmit={(event) => void submit(event)}>
        <FormMessages error={problem && problem.kind !== 'field' ? problem.message : null} />
        <TextField
          label="Title"
          name="title"
          required
          value={values.title}
          onChange={set('title')}
          error={fieldError(problem, 'title')}
        />
        <TextField
          label="Address"
          name="slug"
          required
          hint={SLUG_HINT}
          value={values.slug}
          onChange={set('slug')}
          error={fieldError(problem, 'slug')}
        />
        <TextField
          label="Who made the commitments"
          name="counterpart"
          required
          hint="For example: Labour Party"
          value={values.counterpart}
          onChange={set('counterpart')}
          error={fieldError(problem, 'counterpart')}
        />
        <TextField
          label="Agreed on (optional)"
          name="agreedOn"
          type="date"
          value={values.agreedOn}
          onChange={set('agreedOn')}
          error={fieldError(problem, 'agreedOn')}
        />
        <TextField
          label="Description (optional)"
          name="description"
          multiline
          value={values.description}
          onChange={set('description')}
          error={fieldError(problem, 'description')}
        />
        {reports.length > 0 ? (
          <fieldset className="console-checks">
            <legend>Reports it answers</legend>
            {reports.map((report) => (
              <label key={report.id} className="console-checks__item">
                <input
                  type="checkbox"
                  checked={reportIds.includes(report.id)}
                  onChange={(event) =>
                    setReportIds((previous) =>
                      event.target.checked ? [...previous, report.id] : previous.filter((id) => id !== report.id),
                    )
                  }
                />
                {report.title}
              </label>
            ))}
            <p className="field__error">{fieldError(problem, 'reportIds')}</p>
          </fieldset>
        ) : null}
        <button type="submit" className="button" aria-disabled={saving}>
          {saving ? 'Adding…' : 'Add plan'}
        </button>
      </form>
    </details>
  );
}
