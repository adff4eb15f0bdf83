import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useRetry } from '../../../apollo/useRetry';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { FormMessages } from '../../../ui/forms/FormMessages';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { QueryProblem } from '../../../ui/QueryProblem';
import type { ShownInvitation } from '../components/InvitationLink';
import { InviteForm } from '../components/InviteForm';
import { PendingInvitations } from '../components/PendingInvitations';
import { PeopleAccounts } from '../components/PeopleAccounts';
import {
  DisableUserMutation,
  EnableUserMutation,
  PeopleQuery,
  ResendInvitationMutation,
  RevokeInvitationMutation,
} from '../graphql/people';
import { usePeopleAction } from '../hooks/usePeopleAction';
import { useWorkspace } from '../hooks/useWorkspace';

/**
 * `/console/people` — the organisation's accounts (disable, enable), its pending invitations
 * (re-send, revoke), and inviting executives to the organisation and liaisons to a plan.
 */
export function PeoplePage() {
  useDocumentTitle('People');
  const workspace = useWorkspace();
  const result = useQuery(PeopleQuery, { fetchPolicy: 'cache-and-network' });
  const retry = useRetry(result);
  const action = usePeopleAction();
  const [resent, setResent] = useState<ShownInvitation | null>(null);
  const people = result.data?.workspace;

  const resend = async (id: string, email: string) => {
    setResent(null);
    const data = await action.run(ResendInvitationMutation, { input: { id } }, `A new link for ${email} is below.`);
    if (data) setResent(data.resendInvitation);
  };

  return (
    <>
      <header className="page-header">
        <h1>People</h1>
        <p className="lede">
          Everyone who keeps {workspace.organisation?.name ?? 'your organisation'}’s record: its executives and the
          party liaisons of its plans. Disabling an account signs that person out at once; enabling it lets them sign in
          again with their own password.
        </p>
      </header>
      <FormMessages
        error={action.message?.kind === 'error' ? action.message.text : null}
        success={action.message?.kind === 'success' ? action.message.text : null}
      />
      {retry.error ? (
        <QueryProblem {...retry} title="The people of your organisation could not be loaded" what="people" />
      ) : !people ? (
        <LoadingNotice>Loading people…</LoadingNotice>
      ) : (
        <>
          <PeopleAccounts
            accounts={people.people}
            selfId={people.user.id}
            busyId={action.busyId}
            onDisable={(account) =>
              void action.run(
                DisableUserMutation,
                { input: { id: account.id } },
                `${account.displayName} is disabled and signed out.`,
              )
            }
            onEnable={(account) =>
              void action.run(
                EnableUserMutation,
                { input: { id: account.id } },
                `${account.displayName} can sign in again.`,
              )
            }
          />
          <PendingInvitations
            invitations={people.invitations}
            busyId={action.busyId}
            resent={resent}
            onResend={(invitation) => void resend(invitation.id, invitation.email)}
            onRevoke={(invitation) => {
              setResent(null);
              void action.run(
                RevokeInvitationMutation,
                { input: { id: invitation.id } },
                `The invitation for ${invitation.email} is revoked; its link no longer works.`,
              );
            }}
          />
        </>
      )}
      <section className="console-section" aria-labelledby="people-invite">
        <h2 id="people-invite">Invite someone</h2>
        <p>
          Invite another executive of the organisation, or a party liaison to speak for one of your plans. Liaisons can
          comment, give the party’s account of progress and respond to your assessments; they cannot change an
          assessment.
        </p>
        <InviteForm plans={workspace.plans} />
      </section>
    </>
  );
}
