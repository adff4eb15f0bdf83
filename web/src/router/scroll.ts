/** Remembers the scroll position of each history entry, across reloads of the tab. */
export interface ScrollMemory {
  save(key: string, y: number): void;
  get(key: string): number | undefined;
}

const STORAGE_KEY = 'tracker:scroll-positions';
// Entries kept: enough for a long browsing session, small enough to stay cheap.
const MAX_ENTRIES = 100;

export function createScrollMemory(storage: Storage | null): ScrollMemory {
  let positions: Record<string, number> = {};
  try {
    const stored: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}');
    if (stored && typeof stored === 'object') positions = stored as Record<string, number>;
  } catch {
    positions = {};
  }
  return {
    save(key, y) {
      delete positions[key];
      positions[key] = Math.round(y);
      const keys = Object.keys(positions);
      for (const old of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) delete positions[old];
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(positions));
      } catch {
        // Storage full or disabled: positions are still remembered for this page's life.
      }
    },
    get(key) {
      const y = positions[key];
      return typeof y === 'number' ? y : undefined;
    },
  };
}

/**
 * Scrolls to `y` once the page is tall enough (its data may still be arriving), trying for a
 * short while; stops early if the reader starts scrolling themselves.
 */
export function restoreScroll(y: number, win: Window = window): () => void {
  let frame = 0;
  const deadline = performance.now() + 2000;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) win.removeEventListener(type, stop);
  };
  for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) {
    win.addEventListener(type, stop, { passive: true });
  }
  const attempt = () => {
    win.scrollTo(0, y);
    if (Math.abs(win.scrollY - y) <= 1 || performance.now() > deadline) stop();
    else frame = requestAnimationFrame(attempt);
  };
  attempt();
  return stop;
}

/**
 * Scrolls an element with this id into view when it appears (its page's data may still be
 * arriving), trying for a short while; a target made focusable (`tabindex`) also gets focus.
 */
export function scrollToId(id: string, win: Window = window): () => void {
  let frame = 0;
  const deadline = performance.now() + 2000;
  const attempt = () => {
    const element = win.document.getElementById(id);
    if (element) {
      element.scrollIntoView();
      if (element.hasAttribute('tabindex')) element.focus({ preventScroll: true });
    } else if (performance.now() < deadline) frame = requestAnimationFrame(attempt);
  };
  attempt();
  return () => cancelAnimationFrame(frame);
}
