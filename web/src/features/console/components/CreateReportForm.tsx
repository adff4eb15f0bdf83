import { useApolloClient } from '@apollo/client/react';
import { consoleReportPath } from '../../../lib/paths';
import { TextField } from '../../../ui/forms/Field';
import { FormMessages } from '../../../ui/forms/FormMessages';
import { fieldError } from '../../../ui/forms/mutationProblem';
import { CreateReportMutation } from '../graphql/console';
import { useSluggedCreateForm } from '../hooks/useSluggedCreateForm';
import { SLUG_HINT } from '../lib/slug';

const EMPTY = { title: '', slug: '', publishedOn: '', url: '', summary: '' };

/** A new report of the organisation; opens its editor, where recommendations are added. */
export function CreateReportForm() {
  const client = useApolloClient();
  const { values, set, saving, problem, submit } = useSluggedCreateForm(EMPTY, async (report) => {
    const { data } = await client.mutate({
      mutation: CreateReportMutation,
      variables: {
        input: {
          title: report.title,
          slug: report.slug,
          publishedOn: report.publishedOn || null,
          url: report.url || null,
          summary: report.summary || null,
        },
      },
      refetchQueries: ['Workspace'],
    });
    return consoleReportPath(data!.createReport.slug);
  });

  return (
    <details className="console-add">
      <summary>Add a report</summary>
      <form className="edit-form" aria-label="Add a report" noValidate onSubmit={(event) => void submit(event)}>
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
          label="Published on (optional)"
          name="publishedOn"
          type="date"
          value={values.publishedOn}
          onChange={set('publishedOn')}
          error={fieldError(problem, 'publishedOn')}
        />
        <TextField
          label="Link to the report (optional)"
          name="url"
          type="url"
          hint="An http or https address."
          value={values.url}
          onChange={set('url')}
          error={fieldError(problem, 'url')}
        />
        <TextField
          label="Summary (optional)"
          name="summary"
          multiline
          value={values.summary}
          onChange={set('summary')}
          error={fieldError(problem, 'summary')}
        />
        <button type="submit" className="button" aria-disabled={saving}>
          {saving ? 'Adding…' : 'Add report'}
        </button>
      </form>
    </details>
  );
}
