import type { PeopleQuery as PeopleResult } from '../../../__generated__/graphql';
import { formatDate, listInWords } from '../../../lib/format';
import { roleLabel } from '../../../lib/labels';

type Account = PeopleResult['workspace']['people'][number];

interface PeopleAccountsProps {
  accounts: readonly Account[];
  /** The signed-in executive, who cannot disable themselves. */
  selfId: string;
  busyId: string | null;
  onDisable: (account: Account) => void;
  onEnable: (account: Account) => void;
}

/** The organisation's accounts, each with its role, plans, last sign-in and a way to disable or enable it. */
export function PeopleAccounts({ accounts, selfId, busyId, onDisable, onEnable }: PeopleAccountsProps) {
  return (
    <section className="console-section" aria-labelledby="people-accounts">
      <h2 id="people-accounts">Accounts</h2>
      <ul className="console-list people-list">
        {accounts.map((account) => {
          const busy = busyId === account.id;
          return (
            <li key={account.id} className="console-list__item people-entry" aria-labelledby={`person-${account.id}`}>
              <h3 id={`person-${account.id}`} className="console-list__title">
                {account.displayName}
                {account.id === selfId ? <span className="people-entry__you"> (you)</span> : null}
              </h3>
              <dl className="people-entry__facts">
                <dt>Email</dt>
                <dd className="people-entry__email">{account.email}</dd>
                <dt>Role</dt>
                <dd>{roleLabel(account.role)}</dd>
                {account.role === 'LIAISON' ? (
                  <>
                    <dt>Speaks for</dt>
                    <dd>{listInWords(account.plans.map((plan) => plan.title))}</dd>
                  </>
                ) : null}
                <dt>Last signed in</dt>
                <dd>{account.lastSignInAt ? formatDate(account.lastSignInAt) : 'Never'}</dd>
                <dt>Status</dt>
                <dd>
                  {account.enabled ? (
                    'Enabled'
                  ) : (
                    <span className="people-entry__disabled">Disabled: cannot sign in</span>
                  )}
                </dd>
              </dl>
              {account.id === selfId ? null : (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-disabled={busyId !== null}
                  aria-describedby={`person-${account.id}`}
                  onClick={() => (account.enabled ? onDisable : onEnable)(account)}
                >
                  {account.enabled ? (busy ? 'Disabling…' : 'Disable') : busy ? 'Enabling…' : 'Enable'}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
