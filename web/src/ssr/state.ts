import type { NormalizedCacheObject } from '@apollo/client';

/**
 * The state a page rendered on the server hands to the browser, in
 * `<script type="application/json" id="tracker-state">`: the Apollo cache the render filled,
 * and the day it was rendered on. The browser never runs it (it is data, so the Content
 * Security Policy needs no exception); `main.tsx` reads it and hydrates.
 */
export interface PageState {
  apollo: NormalizedCacheObject;
  /** YYYY-MM-DD, Europe/London, by the server's clock. */
  today: string;
}

export const STATE_ELEMENT_ID = 'tracker-state';

/** Characters that could end the script element or the HTML around it, or a line in old parsers. */
const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * The state as JSON that is inert inside a `<script>` element: `<`, `>`, `&`, U+2028 and U+2029
 * are written as `\uXXXX` escapes, which JSON.parse reads back as the same characters, so no
 * text in the data (`</script>`, `<!--`) can close the element or start markup.
 */
export function serializeState(state: PageState): string {
  return JSON.stringify(state).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The state of a page rendered on the server, or null when the page came without one. */
export function readState(doc: Document): PageState | null {
  const element = doc.getElementById(STATE_ELEMENT_ID);
  if (!element?.textContent) return null;
  try {
    const state = JSON.parse(element.textContent) as Partial<PageState>;
    return state && typeof state.today === 'string' && typeof state.apollo === 'object' && state.apollo !== null
      ? (state as PageState)
      : null;
  } catch {
    return null;
  }
}
