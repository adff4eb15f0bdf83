import { useApolloClient, useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../../__generated__';
import type { RoundtableEditorQuery as RoundtableEditorData } from '../../../__generated__/graphql';
import { useRetry } from '../../../apollo/useRetry';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { consolePlanPath, consoleRoundtablesPath, roundtablePath } from '../../../routes/paths';
import { CreateForm } from '../../../ui/forms/CreateForm';
import { EditForm } from '../../../ui/forms/EditForm';
import { emptyValues } from '../../../ui/forms/fieldSpec';
import { useCreateForm } from '../../../ui/forms/useCreateForm';
import { useEditForm } from '../../../ui/forms/useEditForm';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { problemTitle, QueryProblem } from '../../../ui/QueryProblem';
import { EditorHeader } from '../../console/components/EditorHeader';
import { EditorSection } from '../../console/components/EditorSection';
import { RevisionHistory } from '../../console/components/RevisionHistory';
import { AskEditor } from '../components/AskEditor';
import { RegistrantsList } from '../components/RegistrantsList';
import { RoundtableStatusPanel } from '../components/RoundtableStatusPanel';
import {
  CreateAskMutation,
  RoundtableEditorFragment,
  RoundtableEditorQuery,
  UpdateRoundtableMutation,
} from '../graphql/console';
import { ASK_FIELDS, askInput } from '../lib/askFields';
import { linkTargets } from '../lib/linkTargets';
import { ROUNDTABLE_FIELDS, roundtableInput, roundtableValues } from '../lib/roundtableFields';
import '../../console/console-editors.css';
import '../roundtables.css';

const ERROR_TITLE = 'The roundtable could not be loaded';

type Data = RoundtableEditorData;

/** `/console/plans/:plan/roundtables/:id` — one roundtable: its fields, status, registrants, the asks raised and its history. */
export function RoundtableEditorPage({ planSlug, id }: { planSlug: string; id: string }) {
  const result = useQuery(RoundtableEditorQuery, { variables: { id } });
  const retry = useRetry(result);
  const roundtable = result.data?.roundtable;
  useDocumentTitle(
    problemTitle(retry, ERROR_TITLE) ??
      (roundtable ? `Edit ${getFragmentData(RoundtableEditorFragment, roundtable).title} – Console` : null),
  );

  if (retry.error) return <QueryProblem {...retry} title={ERROR_TITLE} what="roundtable" />;
  if (!roundtable || !result.data) return <LoadingNotice>Loading the roundtable…</LoadingNotice>;
  if (roundtable.plan.slug !== planSlug)
    return <QueryProblem {...retry} notFound title={ERROR_TITLE} what="roundtable" />;
  return <RoundtableEditor data={result.data} reload={result.refetch} />;
}

function RoundtableEditor({ data, reload }: { data: Data; reload: () => Promise<unknown> }) {
  const client = useApolloClient();
  const roundtable = data.roundtable!;
  const saved = getFragmentData(RoundtableEditorFragment, roundtable);
  const { plan } = roundtable;
  const refresh = () => void reload().catch(() => undefined);

  const form = useEditForm({
    fields: ROUNDTABLE_FIELDS,
    saved: roundtableValues(saved, data.roundtableJoiningLink),
    version: saved.version,
    reload,
    save: (input, version) =>
      client.mutate({
        mutation: UpdateRoundtableMutation,
        variables: { input: { ...roundtableInput(input), id: saved.id, version } },
        refetchQueries: ['EditorRevisions', 'RoundtableEditor'],
      }),
  });

  const addAsk = useCreateForm({
    fields: ASK_FIELDS,
    initial: emptyValues(ASK_FIELDS),
    create: async (input) => {
      await client.mutate({
        mutation: CreateAskMutation,
        variables: { input: { statement: '', ...askInput(input), roundtableId: saved.id } },
      });
      refresh();
      return 'Ask recorded. Link it below to what answers it.';
    },
  });

  const targets = linkTargets(plan);

  return (
    <div className="editor-page">
      <EditorHeader
        eyebrow={`${plan.organisation.name} · Roundtable`}
        title={saved.title}
        trail={[
          { label: plan.title, to: consolePlanPath(plan.slug) },
          { label: 'Roundtables', to: consoleRoundtablesPath(plan.slug) },
        ]}
        current={saved.title}
        publicPath={roundtablePath(plan.organisation.slug, plan.slug, saved.id)}
        publicLabel="See its public page"
      />
      <div className="editor-grid">
        <div className="editor-grid__form">
          <EditorSection title="The roundtable" intro="Times are UK time. Every edit is kept in its history.">
            <EditForm form={form} label="Edit the roundtable" />
          </EditorSection>
          <EditorSection title="Status">
            <RoundtableStatusPanel key={saved.version} roundtable={saved} reload={refresh} />
          </EditorSection>
        </div>
        <div className="editor-grid__list">
          <EditorSection
            title="What was raised"
            intro="Record each ask after the event and link it to the commitments, milestones or recommendations that answer it. An ask with no link shows as a gap on the public page."
          >
            {saved.status !== 'HELD' ? (
              <p className="muted">Asks can be recorded once the roundtable is marked as held.</p>
            ) : (
              <>
                {roundtable.asks.length === 0 ? <p className="muted">No asks recorded yet.</p> : null}
                <ul className="ask-editor-list">
                  {roundtable.asks.map((ask) => (
                    <li key={ask.id}>
                      <AskEditor ask={ask} targets={targets} reload={reload} />
                    </li>
                  ))}
                </ul>
                <div className="editor-add">
                  <h3>Record an ask</h3>
                  <CreateForm form={addAsk} label="Record an ask" submitLabel="Record the ask" />
                </div>
              </>
            )}
          </EditorSection>
          <RegistrantsList roundtableId={saved.id} registered={saved.registeredCount} waiting={saved.waitingCount} />
        </div>
        <div className="editor-grid__history">
          <EditorSection title="History of the roundtable">
            <RevisionHistory subjectType="ROUNDTABLE" subjectId={saved.id} what="the roundtable" />
          </EditorSection>
        </div>
      </div>
    </div>
  );
}
