import { useApolloClient, useQuery } from '@apollo/client/react';
import { useRetry } from '../../../apollo/useRetry';
import { formatCount } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Link, useNavigate } from '../../../router';
import { consolePlanPath, consoleRoundtablePath, roundtablesPath } from '../../../routes/paths';
import { FlagBadge } from '../../../ui/Badges';
import { CreateForm } from '../../../ui/forms/CreateForm';
import { emptyValues } from '../../../ui/forms/fieldSpec';
import { useCreateForm } from '../../../ui/forms/useCreateForm';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { problemTitle, QueryProblem } from '../../../ui/QueryProblem';
import { EditorHeader } from '../../console/components/EditorHeader';
import { EditorSection } from '../../console/components/EditorSection';
import { ConsoleRoundtablesQuery, CreateRoundtableMutation } from '../graphql/console';
import { audienceLabel, roundtableStatusLabel } from '../lib/labels';
import { ROUNDTABLE_FIELDS, roundtableInput } from '../lib/roundtableFields';
import { formatTimeSpan } from '../lib/roundtableTime';
import '../../console/console-editors.css';
import '../roundtables.css';

const ERROR_TITLE = 'The roundtables could not be loaded';

/** `/console/plans/:plan/roundtables` — the plan's roundtables, each leading to its editor, and announcing a new one. */
export function ConsoleRoundtablesPage({ planSlug }: { planSlug: string }) {
  const result = useQuery(ConsoleRoundtablesQuery, { variables: { slug: planSlug } });
  const retry = useRetry(result);
  const client = useApolloClient();
  const navigate = useNavigate();
  const plan = result.data?.plan;
  useDocumentTitle(problemTitle(retry, ERROR_TITLE) ?? (plan ? `Roundtables of ${plan.title} – Console` : null));

  const form = useCreateForm({
    fields: ROUNDTABLE_FIELDS,
    initial: { ...emptyValues(ROUNDTABLE_FIELDS), registrationOpen: 'true' },
    create: async (input) => {
      const { data } = await client.mutate({
        mutation: CreateRoundtableMutation,
        variables: {
          input: {
            title: '',
            startsAt: '',
            endsAt: '',
            audience: 'OPEN',
            ...roundtableInput(input),
            planId: plan!.id,
          },
        },
        refetchQueries: ['ConsoleRoundtables'],
      });
      navigate(consoleRoundtablePath(planSlug, data!.createRoundtable.id));
      return null;
    },
  });

  if (retry.error) return <QueryProblem {...retry} title={ERROR_TITLE} what="plan" />;
  if (!plan) return <LoadingNotice>Loading the roundtables…</LoadingNotice>;

  const roundtables = [...plan.roundtables].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <div className="editor-page">
      <EditorHeader
        eyebrow={`${plan.organisation.name} · ${plan.title}`}
        title="Roundtables"
        trail={[{ label: plan.title, to: consolePlanPath(plan.slug) }]}
        current="Roundtables"
        publicPath={roundtablesPath(plan.organisation.slug, plan.slug)}
        publicLabel="See the public roundtables page"
      />
      <div className="roundtable-console">
        <EditorSection
          title="The plan’s roundtables"
          intro="Latest first. Open one to edit it, cancel it, record attendance, see who registered and record what was raised."
        >
          {roundtables.length === 0 ? (
            <p className="muted">No roundtables yet: announce the first below.</p>
          ) : (
            <ul className="editor-items">
              {roundtables.map((roundtable) => {
                const gaps = roundtable.asks.filter((ask) => !ask.answered).length;
                return (
                  <li key={roundtable.id} className="editor-item">
                    <h3 className="editor-item__title">
                      <Link to={consoleRoundtablePath(plan.slug, roundtable.id)}>{roundtable.title}</Link>
                    </h3>
                    <p className="editor-item__meta">
                      {roundtable.status === 'CANCELLED' ? (
                        <FlagBadge tone="negative">Cancelled</FlagBadge>
                      ) : (
                        <span className="roundtable-status">{roundtableStatusLabel(roundtable.status)}</span>
                      )}
                      <span className="roundtable-tag">{audienceLabel(roundtable.audience)}</span>
                    </p>
                    <p className="editor-item__facts">
                      {formatTimeSpan(roundtable.startsAt, roundtable.endsAt)} ·{' '}
                      {roundtable.online ? 'Online' : (roundtable.location ?? 'no place set')}
                    </p>
                    <p className="editor-item__facts">
                      {roundtable.status === 'HELD'
                        ? `${roundtable.attendance ?? 0} took part · ${formatCount(roundtable.asks.length, 'ask')}${gaps > 0 ? `, ${gaps} not answered yet` : ''}`
                        : `${roundtable.registeredCount} registered · ${roundtable.waitingCount} waiting`}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
        </EditorSection>
        <EditorSection
          title="Announce a roundtable"
          intro="It appears on the plan’s public roundtables page at once. Times are UK time."
        >
          <CreateForm form={form} label="Announce a roundtable" submitLabel="Announce the roundtable" />
        </EditorSection>
      </div>
    </div>
  );
}
