import { useApolloClient } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { EditorMessages } from '../../../ui/forms/EditorMessages';
import { TextField } from '../../../ui/forms/Field';
import { fieldError } from '../../../ui/forms/mutationProblem';
import { CancelRoundtableMutation, UpdateRoundtableMutation } from '../graphql/console';
import { useAction } from '../hooks/useAction';

export interface RoundtableStatusPanelProps {
  roundtable: {
    id: string;
    status: 'UPCOMING' | 'HELD' | 'CANCELLED';
    attendance?: number | null;
    cancellationReason?: string | null;
    version: number;
  };
  /** Loads the page again after a change. */
  reload: () => void;
}

/** Marking a roundtable held with its attendance (or correcting it), and cancelling one not yet held, with a public reason. */
export function RoundtableStatusPanel({ roundtable, reload }: RoundtableStatusPanelProps) {
  const client = useApolloClient();
  const held = useAction();
  const cancel = useAction();
  const [attendance, setAttendance] = useState(roundtable.attendance == null ? '' : String(roundtable.attendance));
  const [reason, setReason] = useState('');
  const headingId = useId();

  if (roundtable.status === 'CANCELLED') {
    return (
      <div className="callout callout--gap">
        <p className="callout__title">Cancelled</p>
        <p>Reason shown on its public page: {roundtable.cancellationReason}</p>
      </div>
    );
  }

  const markHeld = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const count = /^\d+$/.test(attendance.trim()) ? Number(attendance.trim()) : null;
    held.run(
      () =>
        client
          .mutate({
            mutation: UpdateRoundtableMutation,
            variables: {
              input: { id: roundtable.id, version: roundtable.version, status: 'HELD', attendance: count },
            },
          })
          .then(reload),
      roundtable.status === 'HELD' ? 'Attendance saved.' : 'Marked as held. Now record what was raised.',
    );
  };

  const cancelIt = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    cancel.run(
      () =>
        client
          .mutate({
            mutation: CancelRoundtableMutation,
            variables: { input: { id: roundtable.id, version: roundtable.version, reason } },
          })
          .then(reload),
      'Cancelled; registration is closed.',
    );
  };

  return (
    <div className="roundtable-status-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{roundtable.status === 'HELD' ? 'Attendance' : 'After the event'}</h3>
      <form className="edit-form" noValidate aria-label="Mark as held" onSubmit={markHeld}>
        <EditorMessages problem={held.problem} fields={[]} success={held.done} />
        <TextField
          label="How many people took part"
          name="attendance"
          type="number"
          value={attendance}
          onChange={setAttendance}
          error={fieldError(held.problem, 'attendance')}
          required
        />
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={held.busy}>
            {roundtable.status === 'HELD' ? 'Save the attendance' : 'Mark as held'}
          </button>
        </div>
      </form>
      {roundtable.status === 'UPCOMING' ? (
        <details className="console-add">
          <summary>Cancel this roundtable</summary>
          <form className="edit-form" noValidate aria-label="Cancel the roundtable" onSubmit={cancelIt}>
            <EditorMessages problem={cancel.problem} fields={[]} success={cancel.done} />
            <TextField
              label="Why it is cancelled"
              name="reason"
              multiline
              rows={3}
              value={reason}
              onChange={setReason}
              hint="Shown on its public page. Registration closes."
              error={fieldError(cancel.problem, 'reason')}
              required
              maxLength={2000}
            />
            <div className="form-actions">
              <button type="submit" className="button button--secondary" aria-disabled={cancel.busy}>
                Cancel the roundtable
              </button>
            </div>
          </form>
        </details>
      ) : null}
    </div>
  );
}
