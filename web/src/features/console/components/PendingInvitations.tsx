import type { PeopleQuery as PeopleResult } from '../../../__generated__/graphql';
import { formatDate } from '../../../lib/format';
import { roleLabel } from '../../../lib/labels';
import { InvitationLink, type ShownInvitation } from './InvitationLink';

type Pending = PeopleResult['workspace']['invitations'][number];

interface PendingInvitationsProps {
  invitations: readonly Pending[];
  busyId: string | null;
  /** The new link of the invitation just re-sent, shown once beside it. */
  resent: ShownInvitation | null;
  onResend: (invitation: Pending) => void;
  onRevoke: (invitation: Pending) => void;
}

/** Invitations not yet accepted, with their plan and expiry, to re-send or revoke. */
export function PendingInvitations({ invitations, busyId, resent, onResend, onRevoke }: PendingInvitationsProps) {
  return (
    <section className="console-section" aria-labelledby="people-invitations">
      <h2 id="people-invitations">Pending invitations</h2>
      {invitations.length === 0 ? (
        <p>No invitations are waiting to be accepted.</p>
      ) : (
        <ul className="console-list people-list">
          {invitations.map((invitation) => {
            const busy = busyId === invitation.id;
            const titleId = `invitation-${invitation.id}`;
            return (
              <li key={invitation.id} className="console-list__item people-entry" aria-labelledby={titleId}>
                <h3 id={titleId} className="console-list__title people-entry__email">
                  {invitation.email}
                </h3>
                <dl className="people-entry__facts">
                  <dt>Invited as</dt>
                  <dd>{roleLabel(invitation.role)}</dd>
                  {invitation.plan ? (
                    <>
                      <dt>Plan</dt>
                      <dd>{invitation.plan.title}</dd>
                    </>
                  ) : null}
                  <dt>{invitation.expired ? 'Expired' : 'Expires'}</dt>
                  <dd className={invitation.expired ? 'people-entry__disabled' : undefined}>
                    {formatDate(invitation.expiresAt)}
                  </dd>
                </dl>
                <div className="people-entry__actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-disabled={busyId !== null}
                    aria-describedby={titleId}
                    onClick={() => onResend(invitation)}
                  >
                    {busy ? 'Working…' : 'Re-send link'}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-disabled={busyId !== null}
                    aria-describedby={titleId}
                    onClick={() => onRevoke(invitation)}
                  >
                    Revoke
                  </button>
                </div>
                {resent?.id === invitation.id ? (
                  <InvitationLink invitation={resent} title={`New link for ${resent.email}`} />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
