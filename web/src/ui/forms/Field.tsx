import { useId, type ReactNode } from 'react';

interface FieldFrameProps {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  children: (ids: { id: string; describedBy: string; invalid: true | undefined }) => ReactNode;
}

/** A label, an optional hint, the control, and the server's message for it, wired for screen readers. */
export function FieldFrame({ label, hint, error, children }: FieldFrameProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy: `${id}-hint ${id}-error`, invalid: error ? true : undefined })}
      <p className="field__error" id={`${id}-error`}>
        {error}
      </p>
    </div>
  );
}

interface TextFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
  type?: 'text' | 'date' | 'datetime-local' | 'number' | 'url' | 'email' | 'password';
  multiline?: boolean;
  required?: boolean;
  maxLength?: number;
  autoComplete?: string;
  rows?: number;
}

/** A one-line input, or a textarea when `multiline`. */
export function TextField({
  label,
  hint,
  error,
  onChange,
  multiline,
  rows = 4,
  type = 'text',
  ...input
}: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea
            id={id}
            rows={rows}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            {...input}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            id={id}
            type={type}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            {...input}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </FieldFrame>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hint?: ReactNode;
  error?: string | null;
}

export function SelectField<T extends string>({
  label,
  hint,
  error,
  options,
  onChange,
  ...select
}: SelectFieldProps<T>) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          {...select}
          onChange={(event) => onChange(event.target.value as T)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
