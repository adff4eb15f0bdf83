import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { RegistrationByTokenMutation as RegistrationByTokenData } from '../../../__generated__/graphql';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Link, useLocation } from '../../../router';
import { roundtablePath } from '../../../routes/paths';
import { ErrorState } from '../../../ui/ErrorState';
import { EditorMessages } from '../../../ui/forms/EditorMessages';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { mutationProblem, type MutationProblem } from '../../../ui/forms/mutationProblem';
import { CancelRegistrationMutation, RegistrationByTokenMutation } from '../graphql/roundtables';
import { useAction } from '../hooks/useAction';
import { formatTimeSpan } from '../lib/roundtableTime';
import '../roundtables.css';

export interface CancelRegistrationPageProps {
  organisationSlug: string;
  planSlug: string;
  id: string;
}

type Registration = RegistrationByTokenData['registrationByToken'];

/**
 * `/:org/:plan/roundtables/:id/cancel#<token>` — where a registrant's private cancel link leads.
 * The token stays in the fragment (never sent to the server with the page); the page asks what
 * it names with a mutation, so no cache keeps the answer, and cancels once the person confirms.
 */
export function CancelRegistrationPage({ organisationSlug, planSlug, id }: CancelRegistrationPageProps) {
  const client = useApolloClient();
  const { hash } = useLocation();
  const token = decodeURIComponent(hash.replace(/^#/, ''));
  const [registration, setRegistration] = useState<Registration | null>(null);
  const [lookup, setLookup] = useState<MutationProblem | null>(null);
  const cancel = useAction();
  useDocumentTitle('Cancel your registration');

  useEffect(() => {
    if (!token) return;
    let current = true;
    client
      .mutate({ mutation: RegistrationByTokenMutation, variables: { input: { token } } })
      .then(({ data }) => current && setRegistration(data?.registrationByToken ?? null))
      .catch((error: unknown) => current && setLookup(mutationProblem(error)));
    return () => {
      current = false;
    };
  }, [client, token]);

  const back = (
    <p className="page-back">
      <Link to={roundtablePath(organisationSlug, planSlug, id)}>Back to the roundtable</Link>
    </p>
  );

  let body;
  if (!token) {
    body = (
      <ErrorState
        title="This link is incomplete"
        message="The cancel link ends with a long code after a # sign. Open the link from your confirmation again, in full."
        headingLevel={2}
      />
    );
  } else if (lookup) {
    body = <ErrorState title="This link cannot cancel anything" message={lookup.message} headingLevel={2} />;
  } else if (cancel.done) {
    body = (
      <div className="registration-done" role="status">
        <h2>Your registration is cancelled</h2>
        <p>
          Your place is given to the first person on the waiting list, if there is one. Your details are deleted with
          the others’ after the roundtable, as the consent statement said.
        </p>
      </div>
    );
  } else if (!registration) {
    body = <LoadingNotice>Checking the link…</LoadingNotice>;
  } else {
    const { roundtable } = registration;
    body = (
      <>
        <p className="lede">
          {registration.status === 'CONFIRMED'
            ? 'You have a place at'
            : `You are number ${registration.waitingPosition ?? ''} on the waiting list for`}{' '}
          <strong>{roundtable.title}</strong>, {formatTimeSpan(roundtable.startsAt, roundtable.endsAt)} (UK time).
        </p>
        <EditorMessages problem={cancel.problem} fields={[]} success={null} />
        <div className="form-actions">
          <button
            type="button"
            className="button"
            aria-disabled={cancel.busy}
            onClick={() =>
              cancel.run(
                () => client.mutate({ mutation: CancelRegistrationMutation, variables: { input: { token } } }),
                'Cancelled.',
              )
            }
          >
            {cancel.busy ? 'Cancelling…' : 'Cancel my registration'}
          </button>
        </div>
      </>
    );
  }

  return (
    <div className="cancel-registration-page">
      <header className="page-header">
        <p className="page-header__eyebrow">Roundtable registration</p>
        <h1>Cancel your registration</h1>
      </header>
      {body}
      {back}
    </div>
  );
}
