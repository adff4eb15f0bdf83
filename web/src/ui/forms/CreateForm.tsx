import { useRef, type FormEvent, type ReactNode } from 'react';
import type { CreateForm as CreateFormState } from './useCreateForm';
import { useFocusRefusedField } from './useFocusRefusedField';
import { EditorMessages } from './EditorMessages';
import { FormFields } from './FormFields';

export interface CreateFormProps<K extends string> {
  form: CreateFormState<K>;
  /** The form's name for screen readers, e.g. "Add a commitment". */
  label: string;
  /** The button's words, e.g. "Add the commitment". */
  submitLabel: string;
  /** Controls that are not text fields, after the fields (e.g. the reports a new plan answers). */
  children?: ReactNode;
}

/** An "add" form; the API's refusal of a field (a reference already used) is shown on that field. */
export function CreateForm<K extends string>({ form, label, submitLabel, children }: CreateFormProps<K>) {
  const formRef = useRef<HTMLFormElement>(null);

  useFocusRefusedField(formRef, form.problem);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.submit();
  };

  return (
    <form ref={formRef} className="edit-form" noValidate aria-label={label} onSubmit={onSubmit}>
      <EditorMessages problem={form.problem} fields={form.fields} success={form.created} />
      <FormFields fields={form.fields} values={form.values} onChange={form.set} problem={form.problem} />
      {children}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={form.saving}>
          {form.saving ? 'Adding…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
