import { useApolloClient } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { apiErrorCode } from '../../../apollo/errors';
import { TextField } from '../../../ui/forms/Field';
import { FormMessages } from '../../../ui/forms/FormMessages';
import { fieldError, mutationProblem, type MutationProblem } from '../../../ui/forms/mutationProblem';
import { useFocusRefusedField } from '../../../ui/forms/useFocusRefusedField';
import { ChangePasswordMutation, PASSWORD_POLICY, serverMessage } from '../../account';

const DIFFERENT_REPEAT = 'The two new passwords differ: type the same one twice.';

/** Changes the signed-in person's password; their other sessions end, this one stays. */
export function ChangePasswordForm() {
  const client = useApolloClient();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [done, setDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusRefusedField(formRef, problem);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setDone(false);
    if (newPassword !== repeat) {
      setProblem({ kind: 'field', field: 'repeat', message: DIFFERENT_REPEAT });
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await client.mutate({ mutation: ChangePasswordMutation, variables: { input: { currentPassword, newPassword } } });
      setCurrentPassword('');
      setNewPassword('');
      setRepeat('');
      setDone(true);
    } catch (caught) {
      const throttled = apiErrorCode(caught) === 'RATE_LIMITED' ? serverMessage(caught, 'RATE_LIMITED') : null;
      setProblem(throttled ? { kind: 'form', message: throttled.message } : mutationProblem(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="edit-form"
      aria-label="Change your password"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <FormMessages
        error={problem && problem.kind !== 'field' ? problem.message : null}
        success={done ? 'Your password is changed. You stay signed in here; your other sessions have ended.' : null}
      />
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        value={currentPassword}
        onChange={setCurrentPassword}
        error={fieldError(problem, 'currentPassword')}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        maxLength={256}
        hint={PASSWORD_POLICY}
        value={newPassword}
        onChange={setNewPassword}
        error={fieldError(problem, 'newPassword')}
      />
      <TextField
        label="New password again"
        name="repeat"
        type="password"
        autoComplete="new-password"
        required
        maxLength={256}
        value={repeat}
        onChange={setRepeat}
        error={fieldError(problem, 'repeat')}
      />
      <button type="submit" className="button" aria-disabled={saving}>
        {saving ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
