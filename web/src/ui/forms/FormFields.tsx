import type { MutationProblem } from './mutationProblem';
import { fieldError } from './mutationProblem';
import { SelectField, TextField } from './Field';
import type { FieldSpec, FormValues } from './fieldSpec';
import './form-fields.css';

const INPUT_TYPES: Partial<Record<NonNullable<FieldSpec['kind']>, 'date' | 'datetime-local' | 'number' | 'url'>> = {
  date: 'date',
  datetime: 'datetime-local',
  number: 'number',
  url: 'url',
};

export interface FormFieldsProps<K extends string> {
  fields: readonly FieldSpec<K>[];
  values: FormValues<K>;
  onChange: (name: K, value: string) => void;
  problem: MutationProblem | null;
}

/** The controls of an editor's fields, each showing the API's message when it refused that field. */
export function FormFields<K extends string>({ fields, values, onChange, problem }: FormFieldsProps<K>) {
  return (
    <div className="editor-fields-frame">
      <div className="editor-fields">
        {fields.map((field) => {
          const common = {
            // Optional fields say so; a volunteer can see at once what must be filled in.
            label: field.required || field.kind === 'select' ? field.label : `${field.label} (optional)`,
            name: field.name,
            value: values[field.name],
            hint: field.hint,
            error: fieldError(problem, field.name),
            onChange: (value: string) => onChange(field.name, value),
          };
          return (
            <div
              key={field.name}
              className={field.short ? 'editor-fields__item' : 'editor-fields__item editor-fields__item--wide'}
            >
              {field.kind === 'select' ? (
                <SelectField {...common} options={field.options ?? []} />
              ) : (
                <TextField
                  {...common}
                  type={INPUT_TYPES[field.kind ?? 'text'] ?? 'text'}
                  multiline={field.kind === 'multiline'}
                  rows={field.rows}
                  required={field.required}
                  maxLength={field.maxLength}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
