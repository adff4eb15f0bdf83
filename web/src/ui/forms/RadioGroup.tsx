import { useId, type ReactNode } from 'react';
import './radio-group.css';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  /** A short rule or explanation shown under the option's label. */
  hint?: ReactNode;
}

interface RadioGroupProps<T extends string> {
  legend: string;
  /** Also the inputs' `name`, which is how a refused field is found and focused. */
  name: string;
  value: T | '';
  options: readonly RadioOption<T>[];
  onChange: (value: T) => void;
  hint?: ReactNode;
  error?: string | null;
  /** Options side by side where there is room, for short labels. */
  inline?: boolean;
}

/** A set of radio buttons in a fieldset, with its hint and error read with every option. */
export function RadioGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  hint,
  error,
  inline,
}: RadioGroupProps<T>) {
  const id = useId();
  return (
    <fieldset className={`choice-group${error ? ' choice-group--invalid' : ''}`}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className={`choice-group__options${inline ? ' choice-group__options--inline' : ''}`}>
        {options.map((option) => (
          <div className="choice" key={option.value}>
            <input
              type="radio"
              id={`${id}-${option.value}`}
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-describedby={[
                option.hint ? `${id}-${option.value}-hint` : '',
                hint ? `${id}-hint` : '',
                `${id}-error`,
              ]
                .filter(Boolean)
                .join(' ')}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
            {option.hint ? (
              <span className="choice__hint" id={`${id}-${option.value}-hint`}>
                {option.hint}
              </span>
            ) : null}
          </div>
        ))}
      </div>
      <p className="field__error" id={`${id}-error`}>
        {error}
      </p>
    </fieldset>
  );
}
