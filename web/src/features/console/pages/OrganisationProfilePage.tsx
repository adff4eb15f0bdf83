import { useApolloClient, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { useRetry } from '../../../apollo/useRetry';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { homePath } from '../../../routes/paths';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { problemTitle, QueryProblem } from '../../../ui/QueryProblem';
import { EditForm } from '../../../ui/forms/EditForm';
import { savedValues } from '../../../ui/forms/fieldSpec';
import { useEditForm } from '../../../ui/forms/useEditForm';
import { EditorHeader } from '../components/EditorHeader';
import { EditorSection } from '../components/EditorSection';
import { organisationFieldsWithLicence } from '../components/fieldSets';
import { RevisionHistory } from '../components/RevisionHistory';
import { OrganisationEditorQuery, UpdateOrganisationMutation } from '../graphql/editors';
import { useWorkspace } from '../hooks/useWorkspace';
import { EmbedOriginsSection } from '../../embed/EmbedOriginsSection';
import '../console-editors.css';

export const OrganisationEditorFragment = graphql(`
  fragment OrganisationEditor_organisation on Organisation {
    id
    slug
    name
    description
    website
    licence {
      id
    }
    version
  }
`);

const ERROR_TITLE = 'Your organisation’s profile could not be loaded';

/** `/console/organisation` — the executive's own organisation as the home page shows it (name, website, description), the licence of its open data, and its history. */
export function OrganisationProfilePage() {
  // Executives only (the route table says so): an executive always belongs to an organisation.
  const slug = useWorkspace().organisation?.slug ?? '';
  const result = useQuery(OrganisationEditorQuery, { variables: { slug } });
  const retry = useRetry(result);
  const organisation = result.data?.organisation;
  useDocumentTitle(problemTitle(retry, ERROR_TITLE) ?? (organisation ? 'Organisation profile – Console' : null));

  if (retry.error) return <QueryProblem {...retry} title={ERROR_TITLE} what="organisation" />;
  if (!organisation) return <LoadingNotice>Loading your organisation’s profile…</LoadingNotice>;
  return (
    <OrganisationEditor organisation={organisation} licences={result.data?.licences ?? []} reload={result.refetch} />
  );
}

function OrganisationEditor({
  organisation,
  licences,
  reload,
}: {
  organisation: FragmentType<typeof OrganisationEditorFragment>;
  licences: readonly { id: string; title: string }[];
  reload: () => Promise<unknown>;
}) {
  const client = useApolloClient();
  const saved = getFragmentData(OrganisationEditorFragment, organisation);
  const fields = useMemo(() => organisationFieldsWithLicence(licences), [licences]);

  const form = useEditForm({
    fields,
    saved: savedValues(fields, { ...saved, licence: saved.licence.id }),
    version: saved.version,
    reload,
    save: (input, version) =>
      client.mutate({
        mutation: UpdateOrganisationMutation,
        variables: { input: { ...input, id: saved.id, version } },
        refetchQueries: ['EditorRevisions'],
      }),
  });

  return (
    <div className="editor-page">
      <EditorHeader
        eyebrow="Your organisation"
        title={saved.name}
        current="Organisation profile"
        publicPath={homePath()}
        publicLabel="See it on the home page"
      />
      <div className="editor-grid">
        <div className="editor-grid__form">
          <EditorSection
            title="The organisation"
            intro="What the public sees above your plans on the home page, and the licence of your plans’ open data. Every edit is kept in the history."
          >
            <EditForm form={form} label="Edit the organisation’s profile" />
          </EditorSection>
          <EmbedOriginsSection slug={saved.slug} />
        </div>
        <div className="editor-grid__history">
          <EditorSection title="History of the profile">
            <RevisionHistory subjectType="ORGANISATION" subjectId={saved.id} what="the profile" />
          </EditorSection>
        </div>
      </div>
    </div>
  );
}
