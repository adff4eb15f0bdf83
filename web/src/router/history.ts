/**
 * The smallest history the app needs: the browser's (History API) and an in-memory one for
 * tests. Each entry has a key, so scroll positions can be remembered per entry.
 */

export type NavigationAction = 'PUSH' | 'REPLACE' | 'POP';

export interface RouterLocation {
  pathname: string;
  search: string;
  hash: string;
  /** State given to `push`/`replace` (not part of the address). */
  state: unknown;
  key: string;
}

export type HistoryListener = (location: RouterLocation, action: NavigationAction) => void;

export interface RouterHistory {
  readonly location: RouterLocation;
  push(to: string, state?: unknown): void;
  replace(to: string, state?: unknown): void;
  go(delta: number): void;
  listen(listener: HistoryListener): () => void;
}

interface EntryState {
  key: string;
  state: unknown;
}

function createKey(): string {
  return Math.random().toString(36).slice(2, 10);
}

function parse(to: string, base: string): Pick<RouterLocation, 'pathname' | 'search' | 'hash'> {
  const url = new URL(to, base);
  return { pathname: url.pathname, search: url.search, hash: url.hash };
}

function isEntryState(value: unknown): value is EntryState {
  return typeof value === 'object' && value !== null && typeof (value as EntryState).key === 'string';
}

export function createBrowserHistory(win: Window = window): RouterHistory {
  const listeners = new Set<HistoryListener>();

  function read(): RouterLocation {
    const { pathname, search, hash } = win.location;
    const entry: unknown = win.history.state;
    return isEntryState(entry)
      ? { pathname, search, hash, state: entry.state, key: entry.key }
      : { pathname, search, hash, state: null, key: 'initial' };
  }

  // Give the first entry a key of its own so that its scroll position is remembered too.
  if (!isEntryState(win.history.state)) {
    win.history.replaceState({ key: createKey(), state: null } satisfies EntryState, '');
  }
  let location = read();

  const notify = (action: NavigationAction) => {
    location = read();
    for (const listener of listeners) listener(location, action);
  };

  win.addEventListener('popstate', () => notify('POP'));

  const change = (method: 'pushState' | 'replaceState', action: NavigationAction) => (to: string, state?: unknown) => {
    const target = parse(to, win.location.href);
    const entry: EntryState = { key: createKey(), state: state ?? null };
    win.history[method](entry, '', `${target.pathname}${target.search}${target.hash}`);
    notify(action);
  };

  return {
    get location() {
      return location;
    },
    push: change('pushState', 'PUSH'),
    replace: change('replaceState', 'REPLACE'),
    go: (delta) => win.history.go(delta),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A history kept in memory, for tests: starts at `initial` and supports back and forward. */
export function createMemoryHistory(initial = '/'): RouterHistory {
  const base = 'http://localhost';
  const listeners = new Set<HistoryListener>();
  const entries: RouterLocation[] = [{ ...parse(initial, base), state: null, key: 'initial' }];
  let index = 0;

  const notify = (action: NavigationAction) => {
    for (const listener of listeners) listener(entries[index], action);
  };
  const hrefOf = (location: RouterLocation) => `${base}${location.pathname}${location.search}${location.hash}`;

  return {
    get location() {
      return entries[index];
    },
    push(to, state) {
      entries.splice(index + 1, entries.length, {
        ...parse(to, hrefOf(entries[index])),
        state: state ?? null,
        key: createKey(),
      });
      index += 1;
      notify('PUSH');
    },
    replace(to, state) {
      entries[index] = { ...parse(to, hrefOf(entries[index])), state: state ?? null, key: createKey() };
      notify('REPLACE');
    },
    go(delta) {
      const next = Math.min(Math.max(index + delta, 0), entries.length - 1);
      if (next === index) return;
      index = next;
      notify('POP');
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
