import { useState } from 'react';
import { slugFrom } from '../lib/slug';
import type { CreateForm } from '../../../ui/forms/useCreateForm';

/** An add form whose address (`slug`) follows the title until someone edits the address itself. */
export function useSlugFromTitle<K extends string>(
  form: CreateForm<K | 'title' | 'slug'>,
): CreateForm<K | 'title' | 'slug'> {
  const [slugEdited, setSlugEdited] = useState(false);
  return {
    ...form,
    set: (name, value) => {
      form.set(name, value);
      if (name === 'slug') setSlugEdited(true);
      if (name === 'title' && !slugEdited) form.set('slug', slugFrom(value));
    },
  };
}
