import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { InviteUserMutation as InviteResult } from '../../../__generated__/graphql';
import { SelectField, TextField } from '../../../ui/forms/Field';
import { FormMessages } from '../../../ui/forms/FormMessages';
import { fieldError, mutationProblem, type MutationProblem } from '../../../ui/forms/mutationProblem';
import { InviteUserMutation } from '../graphql/console';
import { PeopleQuery } from '../graphql/people';
import type { WorkspaceData } from '../hooks/useWorkspace';
import { InvitationLink } from './InvitationLink';

type Role = 'EXECUTIVE' | 'LIAISON';
const ROLES = [
  { value: 'LIAISON', label: 'Party liaison for one plan' },
  { value: 'EXECUTIVE', label: 'Executive of the organisation' },
] as const;

/** Creates a single-use invitation and shows its link once, to be sent to the person. */
export function InviteForm({ plans }: { plans: WorkspaceData['plans'] }) {
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('LIAISON');
  const [planId, setPlanId] = useState(plans[0]?.id ?? '');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [invitation, setInvitation] = useState<InviteResult['inviteUser'] | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setProblem(null);
    setInvitation(null);
    try {
      const { data } = await client.mutate({
        mutation: InviteUserMutation,
        variables: { input: { email, role, planId: role === 'LIAISON' ? planId || null : null } },
        refetchQueries: [PeopleQuery],
      });
      setInvitation(data!.inviteUser);
      setEmail('');
    } catch (caught) {
      setProblem(mutationProblem(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <form className="edit-form" aria-label="Invite someone" noValidate onSubmit={(event) => void submit(event)}>
        <FormMessages error={problem && problem.kind !== 'field' ? problem.message : null} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={setEmail}
          error={fieldError(problem, 'email')}
        />
        <SelectField
          label="Invite as"
          name="role"
          value={role}
          options={ROLES}
          onChange={setRole}
          error={fieldError(problem, 'role')}
        />
        {role === 'LIAISON' ? (
          <SelectField
            label="Plan they speak for"
            name="planId"
            value={planId}
            options={plans.map((plan) => ({ value: plan.id, label: plan.title }))}
            onChange={setPlanId}
            error={fieldError(problem, 'planId')}
          />
        ) : null}
        <button type="submit" className="button" aria-disabled={saving}>
          {saving ? 'Creating…' : 'Create invitation link'}
        </button>
      </form>
      <div aria-live="polite">
        {invitation ? <InvitationLink invitation={invitation} title={`Invitation for ${invitation.email}`} /> : null}
      </div>
    </>
  );
}
