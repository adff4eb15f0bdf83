import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from '../../../router';
import { consolePlanPath } from '../../../routes/paths';
import { fieldError } from '../../../ui/forms/mutationProblem';
import { CreatePlanMutation } from '../graphql/console';
import { defineFields, emptyValues } from '../../../ui/forms/fieldSpec';
import { useCreateForm } from '../../../ui/forms/useCreateForm';
import { useSlugFromTitle } from '../hooks/useSlugFromTitle';
import type { WorkspaceData } from '../hooks/useWorkspace';
import { SLUG_FIELD } from '../lib/slug';
import { CreateForm } from '../../../ui/forms/CreateForm';
import { PLAN_FIELDS } from './fieldSets';

type Report = NonNullable<WorkspaceData['organisation']>['reports'][number];

const FIELDS = defineFields([PLAN_FIELDS[0], SLUG_FIELD, ...PLAN_FIELDS.slice(1)]);

/** A new (draft) plan of the organisation, answering some of its reports; opens its editor once saved. */
export function CreatePlanForm({ reports }: { reports: readonly Report[] }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [reportIds, setReportIds] = useState<string[]>([]);
  const form = useSlugFromTitle(
    useCreateForm({
      fields: FIELDS,
      initial: emptyValues(FIELDS),
      create: async (input) => {
        const { data } = await client.mutate({
          mutation: CreatePlanMutation,
          variables: {
            input: {
              ...input,
              title: input.title ?? '',
              slug: input.slug ?? '',
              counterpart: input.counterpart ?? '',
              reportIds,
            },
          },
          refetchQueries: ['Workspace'],
        });
        navigate(consolePlanPath(data!.createPlan.slug));
        return null;
      },
    }),
  );

  return (
    <details className="console-add">
      <summary>Add a plan</summary>
      <p className="section-intro">
        A new plan is a draft: only your organisation’s executives and its liaisons see it until you publish it.
      </p>
      <CreateForm form={form} label="Add a plan" submitLabel="Add the plan">
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
            <p className="field__error">{fieldError(form.problem, 'reportIds')}</p>
          </fieldset>
        ) : null}
      </CreateForm>
    </details>
  );
}
