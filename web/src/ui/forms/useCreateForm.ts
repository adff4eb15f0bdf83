import { useState, type ReactNode } from 'react';
import { mutationProblem, type MutationProblem } from './mutationProblem';
import { toInput, type FieldSpec, type FormValues, type InputValues } from './fieldSpec';

export interface CreateFormOptions<K extends string> {
  fields: readonly FieldSpec<K>[];
  /** The values of an empty form. */
  initial: FormValues<K>;
  /** Sends the new item; resolves with the confirmation to show, rejects with the API's error. */
  create: (input: InputValues<K>) => Promise<ReactNode>;
}

export interface CreateForm<K extends string> {
  fields: readonly FieldSpec<K>[];
  values: FormValues<K>;
  set: (name: K, value: string) => void;
  submit: () => void;
  saving: boolean;
  problem: MutationProblem | null;
  /** The confirmation of the last item added. */
  created: ReactNode;
}

/**
 * An "add" form of an editor page: what was typed stays until the API accepts it (a refused
 * field, a dropped connection or an ended session keep it all); then the form empties for
 * the next one.
 */
export function useCreateForm<K extends string>({ fields, initial, create }: CreateFormOptions<K>): CreateForm<K> {
  const [empty] = useState(initial);
  const [values, setValues] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [created, setCreated] = useState<ReactNode>(null);

  const submit = async () => {
    if (saving) return;
    setProblem(null);
    setCreated(null);
    setSaving(true);
    try {
      const all = fields.map((field) => field.name);
      const confirmation = await create(toInput(fields, values, all, { omitEmpty: true }));
      setValues(empty);
      setCreated(confirmation);
    } catch (error) {
      setProblem(mutationProblem(error));
    } finally {
      setSaving(false);
    }
  };

  return {
    fields,
    values,
    set: (name, value) => {
      setCreated(null);
      setValues((previous) => ({ ...previous, [name]: value }));
    },
    submit: () => void submit(),
    saving,
    problem,
    created,
  };
}
