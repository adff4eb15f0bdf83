import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from '../../../router';
import { consoleReportPath } from '../../../routes/paths';
import { CreateReportMutation } from '../graphql/console';
import { defineFields, emptyValues } from '../../../ui/forms/fieldSpec';
import { useCreateForm } from '../../../ui/forms/useCreateForm';
import { useSlugFromTitle } from '../hooks/useSlugFromTitle';
import { SLUG_FIELD } from '../lib/slug';
import { CreateForm } from '../../../ui/forms/CreateForm';
import { REPORT_FIELDS } from './fieldSets';

const FIELDS = defineFields([REPORT_FIELDS[0], SLUG_FIELD, ...REPORT_FIELDS.slice(1)]);

/** A new report of the organisation; opens its editor, where recommendations are added. */
export function CreateReportForm() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const form = useSlugFromTitle(
    useCreateForm({
      fields: FIELDS,
      initial: emptyValues(FIELDS),
      create: async (input) => {
        const { data } = await client.mutate({
          mutation: CreateReportMutation,
          variables: { input: { ...input, title: input.title ?? '', slug: input.slug ?? '' } },
          refetchQueries: ['Workspace'],
        });
        navigate(consoleReportPath(data!.createReport.slug));
        return null;
      },
    }),
  );

  return (
    <details className="console-add">
      <summary>Add a report</summary>
      <CreateForm form={form} label="Add a report" submitLabel="Add the report" />
    </details>
  );
}
