import { useApolloClient } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { RegisterForRoundtableMutation as Registered } from '../../../__generated__/graphql';
import { formatDate, safeExternalUrl } from '../../../lib/format';
import { EditorMessages } from '../../../ui/forms/EditorMessages';
import { TextField } from '../../../ui/forms/Field';
import { fieldError } from '../../../ui/forms/mutationProblem';
import { useAction } from '../hooks/useAction';
import { RegisterForRoundtableMutation } from '../graphql/roundtables';

export interface RegistrationSectionProps {
  roundtable: {
    id: string;
    online: boolean;
    placesLeft?: number | null;
    retentionDays: number;
    personalDataErasedAt: string;
  };
  /** Whose executives see the registrations, e.g. "Labour Muslim Network". */
  organisation: string;
}

const EMPTY = { name: '', email: '', role: '', accessNeeds: '', website: '' };
const FIELDS = [
  { name: 'name', label: 'Name' },
  { name: 'email', label: 'Email' },
  { name: 'consent', label: 'Consent' },
];

/**
 * The confirmation after registering: a place or the waiting list, the private cancel link, and
 * the joining link for a place online. An address registered already is left as it was, and its
 * links are not shown here: they go only to the address.
 */
function Confirmation({ result }: { result: Registered['registerForRoundtable'] }) {
  const joining = safeExternalUrl(result.joiningLink);
  if (result.alreadyRegistered || !result.cancelUrl) {
    return (
      <div className="registration-done" role="status">
        <h3>This email address is registered already</h3>
        <p>
          Its registration is unchanged. To cancel it, use the private link given when it was registered. If the site
          sends email, a new link is on its way to that address, and the old one stops working.
        </p>
      </div>
    );
  }
  return (
    <div className="registration-done" role="status">
      <h3>{result.status === 'CONFIRMED' ? 'You have a place' : 'You are on the waiting list'}</h3>
      {result.status === 'WAITING' ? (
        <p>
          The roundtable is full. You are number {result.waitingPosition} on the waiting list; when someone cancels, the
          first person waiting gets their place.
        </p>
      ) : null}
      {joining ? (
        <p>
          Joining link: <a href={joining.href}>{joining.href}</a>
        </p>
      ) : null}
      <p>
        To cancel, use this private link. Keep it to yourself: anyone with it can cancel your registration. If the site
        sends email, a copy is on its way to you.
      </p>
      <p className="private-link">
        <a href={result.cancelUrl}>{result.cancelUrl}</a>
      </p>
    </div>
  );
}

/** The registration form of a roundtable: no account needed; the consent statement says what is kept, who sees it and when it goes. */
export function RegistrationSection({ roundtable, organisation }: RegistrationSectionProps) {
  const client = useApolloClient();
  const headingId = useId();
  const consentId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [consent, setConsent] = useState(false);
  const [result, setResult] = useState<Registered['registerForRoundtable'] | null>(null);
  const action = useAction();
  const set = (name: keyof typeof EMPTY) => (value: string) =>
    setValues((previous) => ({ ...previous, [name]: value }));
  const full = roundtable.placesLeft === 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    action.run(async () => {
      const { data } = await client.mutate({
        mutation: RegisterForRoundtableMutation,
        variables: {
          input: {
            roundtableId: roundtable.id,
            name: values.name,
            email: values.email,
            role: values.role.trim() || null,
            accessNeeds: values.accessNeeds.trim() || null,
            consent,
            website: values.website || null,
          },
        },
        // The places left and the waiting list change with this registration.
        refetchQueries: ['RoundtablePage'],
      });
      if (data) setResult(data.registerForRoundtable);
    }, 'Registered.');
  };

  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Register</h2>
      {result ? (
        <Confirmation result={result} />
      ) : (
        <form ref={formRef} className="edit-form registration-form" noValidate aria-label="Register" onSubmit={submit}>
          <p className="section-intro">
            No account needed.{' '}
            {full ? 'It is full: registering puts you on the waiting list.' : 'Places are given in order.'}
          </p>
          <EditorMessages problem={action.problem} fields={FIELDS} success={null} />
          <TextField
            label="Name"
            name="name"
            value={values.name}
            onChange={set('name')}
            required
            maxLength={200}
            autoComplete="name"
            error={fieldError(action.problem, 'name')}
          />
          <TextField
            label="Email"
            name="email"
            type="email"
            value={values.email}
            onChange={set('email')}
            required
            maxLength={320}
            autoComplete="email"
            hint="Your confirmation and cancel link go here."
            error={fieldError(action.problem, 'email')}
          />
          <TextField
            label="Role or local party (optional)"
            name="role"
            value={values.role}
            onChange={set('role')}
            maxLength={200}
            error={fieldError(action.problem, 'role')}
          />
          <TextField
            label="Access needs (optional)"
            name="accessNeeds"
            multiline
            rows={3}
            value={values.accessNeeds}
            onChange={set('accessNeeds')}
            maxLength={2000}
            hint="Anything that would help you take part."
            error={fieldError(action.problem, 'accessNeeds')}
          />
          <div className="registration-trap" aria-hidden="true">
            <label htmlFor={`${consentId}-website`}>Website (leave empty)</label>
            <input
              id={`${consentId}-website`}
              name="website"
              tabIndex={-1}
              autoComplete="off"
              value={values.website}
              onChange={(event) => set('website')(event.target.value)}
            />
          </div>
          <div className="registration-consent">
            <h3>What we keep, who sees it, when it is deleted</h3>
            <p>
              We keep your name and email, and your role or local party and access needs if you give them. Who registers
              for a roundtable can say something about your faith, ethnicity or sexuality, so only the executives of{' '}
              {organisation} see them: never published, never in the plan’s open data. The public sees counts only.
            </p>
            <p>
              They are deleted {roundtable.retentionDays} days after the roundtable, on{' '}
              {formatDate(roundtable.personalDataErasedAt)}; the number of people who took part stays.
            </p>
            <div className="registration-check">
              <input
                id={consentId}
                type="checkbox"
                name="consent"
                checked={consent}
                required
                aria-invalid={fieldError(action.problem, 'consent') ? true : undefined}
                aria-describedby={`${consentId}-error`}
                onChange={(event) => setConsent(event.target.checked)}
              />
              <label htmlFor={consentId}>I agree to my details being kept and used as described above.</label>
            </div>
            <p className="field__error" id={`${consentId}-error`}>
              {fieldError(action.problem, 'consent')}
            </p>
          </div>
          <div className="form-actions">
            <button type="submit" className="button" aria-disabled={action.busy}>
              {action.busy ? 'Registering…' : full ? 'Join the waiting list' : 'Register'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
