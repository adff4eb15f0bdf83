import { useRef, type FormEvent } from 'react';
import type { EditForm as EditFormState, EditNotice } from './useEditForm';
import { ConflictPanel } from './ConflictPanel';
import { useFocusRefusedField } from './useFocusRefusedField';
import { EditorMessages } from './EditorMessages';
import { FormFields } from './FormFields';
import './edit-form.css';

const NOTICES: Record<Exclude<EditNotice, null>, string> = {
  saved: 'Saved. The change is in the history.',
  unchanged: 'Nothing to save: the form matches the saved version.',
  discarded: 'Your changes were dropped; the form shows the version saved meanwhile.',
};

export interface EditFormProps<K extends string> {
  form: EditFormState<K>;
  /** The form's name for screen readers, e.g. "Edit the report". */
  label: string;
}

/** An editor's form: its fields, what is not saved yet, Save, and the conflict panel when needed. */
export function EditForm<K extends string>({ form, label }: EditFormProps<K>) {
  const formRef = useRef<HTMLFormElement>(null);

  useFocusRefusedField(formRef, form.problem);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.submit();
  };

  const pending = form.changed.map((name) => form.fields.find((field) => field.name === name)?.label ?? name);

  return (
    <form ref={formRef} className="edit-form" noValidate aria-label={label} onSubmit={onSubmit}>
      <EditorMessages problem={form.problem} fields={form.fields} success={form.notice ? NOTICES[form.notice] : null} />
      <FormFields fields={form.fields} values={form.values} onChange={form.set} problem={form.problem} />
      {form.conflict ? (
        <ConflictPanel
          conflict={form.conflict}
          fields={form.fields}
          saving={form.saving}
          onApplyMine={form.applyMine}
          onTakeTheirs={form.takeTheirs}
          onRetry={form.retryConflict}
        />
      ) : (
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={form.saving}>
            {form.saving ? 'Saving…' : 'Save changes'}
          </button>
          {pending.length > 0 ? <p className="edit-form__pending">Not saved yet: {pending.join(', ')}</p> : null}
        </div>
      )}
    </form>
  );
}
