import { useState } from 'react';
import { mutationProblem, type MutationProblem } from './mutationProblem';
import { changedFields, toInput, type FieldSpec, type FormValues, type InputValues } from './fieldSpec';

export interface EditFormOptions<K extends string> {
  fields: readonly FieldSpec<K>[];
  /** The item as the server has it now (from the page's query). */
  saved: FormValues<K>;
  version: number;
  /** Sends the changed fields with the version the editor loaded; rejects with the API's error. */
  save: (input: InputValues<K>, version: number) => Promise<unknown>;
  /** Loads the item again after a conflict, so that `saved` and `version` become the server's. */
  reload: () => Promise<unknown>;
}

/** One field both people changed, or that only this person changed, after a conflict. */
export interface ConflictField<K extends string> {
  name: K;
  /** The server's value now. */
  saved: string;
  /** What this person typed. */
  yours: string;
  /** Whether someone else changed it too. */
  changedMeanwhile: boolean;
}

export interface Conflict<K extends string> {
  /** `loading`: the new version is being fetched; `failed`: it could not be. */
  state: 'loading' | 'ready' | 'failed';
  fields: ConflictField<K>[];
  /** Fields only the other person changed: their values stay whatever is chosen. */
  alsoChanged: K[];
}

export type EditNotice = 'saved' | 'unchanged' | 'discarded' | null;

export interface EditForm<K extends string> {
  fields: readonly FieldSpec<K>[];
  /** What the controls show: what was typed, or the saved values while nothing was. */
  values: FormValues<K>;
  /** Fields that differ from the version the editor started from. */
  changed: K[];
  set: (name: K, value: string) => void;
  submit: () => void;
  saving: boolean;
  problem: MutationProblem | null;
  notice: EditNotice;
  conflict: Conflict<K> | null;
  /** Puts this person's changed fields on top of the version saved meanwhile, and saves. */
  applyMine: () => void;
  /** Drops what this person typed; the form shows the version saved meanwhile. */
  takeTheirs: () => void;
  /** Tries again to load the version saved meanwhile. */
  retryConflict: () => void;
}

interface Snapshot<K extends string> {
  values: FormValues<K>;
  version: number;
}

/**
 * The one edit-form mechanism of the console. While nothing is typed the form follows the
 * server; the first keystroke takes a snapshot (values and version), and every save sends only
 * the fields that differ from it, with its version. A stale version (CONFLICT) fetches the item
 * again and keeps what was typed until the person chooses between theirs and the new version.
 */
export function useEditForm<K extends string>({
  fields,
  saved,
  version,
  save,
  reload,
}: EditFormOptions<K>): EditForm<K> {
  const [snapshot, setSnapshot] = useState<Snapshot<K> | null>(null);
  const [typed, setTyped] = useState<FormValues<K>>(saved);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [notice, setNotice] = useState<EditNotice>(null);
  const [conflictState, setConflictState] = useState<Conflict<K>['state'] | null>(null);

  const changed = snapshot ? changedFields(fields, typed, snapshot.values) : [];
  let values = snapshot ? typed : saved;
  if (snapshot && conflictState) {
    // While the choice is open, fields this person left alone show what was saved meanwhile.
    values = { ...saved };
    for (const name of changed) values[name] = typed[name];
  }

  const fetchTheirs = async () => {
    setConflictState('loading');
    try {
      await reload();
      setConflictState('ready');
    } catch {
      setConflictState('failed');
    }
  };

  const send = async (from: Snapshot<K>, typedValues: FormValues<K>) => {
    const names = changedFields(fields, typedValues, from.values);
    setProblem(null);
    setNotice(null);
    setConflictState(null);
    if (names.length === 0) {
      setSnapshot(null);
      setNotice('unchanged');
      return;
    }
    setSaving(true);
    try {
      await save(toInput(fields, typedValues, names), from.version);
      setSnapshot(null);
      setNotice('saved');
    } catch (error) {
      const found = mutationProblem(error);
      setProblem(found);
      if (found.kind === 'conflict') await fetchTheirs();
    } finally {
      setSaving(false);
    }
  };

  const set = (name: K, value: string) => {
    setNotice(null);
    if (snapshot) {
      setTyped((previous) => ({ ...previous, [name]: value }));
    } else {
      setSnapshot({ values: saved, version });
      setTyped({ ...saved, [name]: value });
    }
  };

  const submit = () => {
    if (saving || conflictState) return;
    if (!snapshot) {
      setProblem(null);
      setNotice('unchanged');
      return;
    }
    void send(snapshot, typed);
  };

  const applyMine = () => {
    if (saving || !snapshot) return;
    const next: Snapshot<K> = { values: saved, version };
    const mine = { ...saved };
    for (const name of changed) mine[name] = typed[name];
    setSnapshot(next);
    setTyped(mine);
    void send(next, mine);
  };

  const takeTheirs = () => {
    if (saving) return;
    setSnapshot(null);
    setProblem(null);
    setConflictState(null);
    setNotice('discarded');
  };

  let conflict: Conflict<K> | null = null;
  if (conflictState && snapshot) {
    const original = snapshot.values;
    conflict = {
      state: conflictState,
      fields: changed.map((name) => ({
        name,
        saved: saved[name],
        yours: typed[name],
        changedMeanwhile: saved[name] !== original[name],
      })),
      alsoChanged: fields
        .map((field) => field.name)
        .filter((name) => !changed.includes(name) && saved[name] !== original[name]),
    };
  }

  return {
    fields,
    values,
    changed,
    set,
    submit,
    saving,
    problem,
    notice,
    conflict,
    applyMine,
    takeTheirs,
    retryConflict: () => void fetchTheirs(),
  };
}
