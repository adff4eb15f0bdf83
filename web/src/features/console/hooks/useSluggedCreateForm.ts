import { useState, type FormEvent } from 'react';
import { useNavigate } from '../../../router';
import { mutationProblem, type MutationProblem } from '../../../ui/forms/mutationProblem';
import { slugFrom } from '../lib/slug';

interface Sluggable {
  title: string;
  slug: string;
}

/**
 * A form that adds a plan or a report: the address follows the title until edited by hand;
 * `save` sends the values and returns where to go next; a refusal is kept for the fields.
 */
export function useSluggedCreateForm<T extends Sluggable>(empty: T, save: (values: T) => Promise<string>) {
  const navigate = useNavigate();
  const [values, setValues] = useState(empty);
  const [slugEdited, setSlugEdited] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);

  const set = (field: keyof T) => (value: string) => {
    if (field === 'slug') setSlugEdited(true);
    setValues((previous) => ({
      ...previous,
      [field]: value,
      ...(field === 'title' && !slugEdited ? { slug: slugFrom(value) } : {}),
    }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setProblem(null);
    try {
      navigate(await save(values));
    } catch (caught) {
      setProblem(mutationProblem(caught));
      setSaving(false);
    }
  };

  return { values, set, saving, problem, submit };
}
