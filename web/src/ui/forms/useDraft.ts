import { useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'tracker.draft.';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function read<T>(key: string, initial: T): T {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return initial;
  try {
    return { ...initial, ...(JSON.parse(raw) as Partial<T>) };
  } catch {
    return initial;
  }
}

/**
 * Form state that survives a reload: kept in localStorage under `key` until `clear()` (after
 * a successful send). Only what the person typed is stored — never tokens or server data.
 * `restored` says whether a saved draft was found when the form opened.
 */
export function useDraft<T extends object>(key: string, initial: T) {
  const initialRef = useRef(initial);
  const [value, setValue] = useState<T>(() => read(key, initial));
  const [restored, setRestored] = useState(() => storage()?.getItem(PREFIX + key) != null);
  const touched = useRef(false);

  useEffect(() => {
    if (!touched.current) return;
    try {
      storage()?.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the draft lives only as long as the page.
    }
  }, [key, value]);

  const update = useCallback((next: T | ((previous: T) => T)) => {
    touched.current = true;
    setValue(next);
  }, []);

  const clear = useCallback(() => {
    touched.current = false;
    storage()?.removeItem(PREFIX + key);
    setRestored(false);
    setValue(initialRef.current);
  }, [key]);

  return { value, update, clear, restored };
}

/** Forgets every draft in this browser: on signing out, so the next person on a shared computer sees none. */
export function clearDrafts(): void {
  const store = storage();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, index) => store.key(index)).filter(
    (key): key is string => key !== null && key.startsWith(PREFIX),
  );
  for (const key of keys) store.removeItem(key);
}
