import { useApolloClient, useQuery } from '@apollo/client/react';
import { useRetry } from '../../apollo/useRetry';
import { EditForm } from '../../ui/forms/EditForm';
import { defineFields } from '../../ui/forms/fieldSpec';
import { useEditForm } from '../../ui/forms/useEditForm';
import { LoadingNotice } from '../../ui/LoadingNotice';
import { QueryProblem } from '../../ui/QueryProblem';
import { EditorSection } from '../console/components/EditorSection';
import { EmbedOriginsQuery, UpdateEmbedOriginsMutation } from './graphql/embedOrigins';

const FIELDS = defineFields([
  {
    name: 'origins',
    label: 'Sites that may embed your plans',
    kind: 'multiline',
    rows: 4,
    hint: 'One address per line, as https://www.example.org (https, no path). Leave it empty to let any site embed them.',
  },
]);

/** The lines of the field as origins: blank lines dropped. */
export function originLines(text: string | null | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function OriginsForm({
  organisation,
  reload,
}: {
  organisation: { id: string; version: number; embedOrigins: string[] };
  reload: () => Promise<unknown>;
}) {
  const client = useApolloClient();
  const form = useEditForm({
    fields: FIELDS,
    saved: { origins: organisation.embedOrigins.join('\n') },
    version: organisation.version,
    reload,
    save: (input, version) =>
      client.mutate({
        mutation: UpdateEmbedOriginsMutation,
        variables: { input: { id: organisation.id, version, origins: originLines(input.origins) } },
        refetchQueries: ['EditorRevisions'],
      }),
  });
  return <EditForm form={form} label="Sites that may embed your plans" />;
}

/**
 * The console's section for the sites allowed to frame the organisation's embeds
 * (`/embed/…`): any site while the list is empty, else only those listed.
 */
export function EmbedOriginsSection({ slug }: { slug: string }) {
  const result = useQuery(EmbedOriginsQuery, { variables: { slug } });
  const retry = useRetry(result);
  const organisation = result.data?.organisation;
  return (
    <EditorSection
      title="Embedding your plans"
      intro="Your plans and commitments can be shown on other websites (“Embed or share” on their pages). Any site may embed them unless you list the sites allowed to."
    >
      {retry.error ? (
        <QueryProblem {...retry} title="The sites could not be loaded" what="organisation" />
      ) : organisation ? (
        <OriginsForm organisation={organisation} reload={result.refetch} />
      ) : (
        <LoadingNotice>Loading the sites…</LoadingNotice>
      )}
    </EditorSection>
  );
}
