import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createCache } from '../apollo/client';
import { readState, serializeState, STATE_ELEMENT_ID } from './state';

const HOSTILE = '</script><script>alert(1)</script> <!-- & \u2028 \u2029 -->';
// A plain string, not a tagged document: codegen collects those from src/ for the app's types.
const PLAN_QUERY = parse('query ($slug: String!) { plan(slug: $slug) { slug title } }');

/** A document holding the state as the server writes it into a page. */
function pageWith(serialized: string): Document {
  const doc = document.implementation.createHTMLDocument('page');
  doc.body.innerHTML = `<div id="root"><p>content</p></div><script type="application/json" id="${STATE_ELEMENT_ID}">${serialized}</script><p id="after">after</p>`;
  return doc;
}

describe('the state a page rendered on the server hands to the browser', () => {
  it('is JSON with no character that could end its script element or start markup', () => {
    const serialized = serializeState({
      apollo: { ROOT_QUERY: { __typename: 'Query', text: HOSTILE } },
      today: '2026-11-22',
    });
    expect(serialized).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(serialized)).toEqual({
      apollo: { ROOT_QUERY: { __typename: 'Query', text: HOSTILE } },
      today: '2026-11-22',
    });
  });

  it('is read back whole from the page, the element after it untouched, and fills a cache the queries read', () => {
    const cache = createCache();
    cache.writeQuery({
      query: PLAN_QUERY,
      variables: { slug: 'a-plan' },
      data: { plan: { __typename: 'ActionPlan', slug: 'a-plan', title: HOSTILE } },
    });
    const doc = pageWith(serializeState({ apollo: cache.extract(), today: '2026-11-22' }));
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.getElementById('after')?.textContent).toBe('after');

    const state = readState(doc);
    expect(state?.today).toBe('2026-11-22');
    const restored = createCache().restore(state!.apollo);
    expect(restored.readQuery({ query: PLAN_QUERY, variables: { slug: 'a-plan' } })).toEqual({
      plan: { __typename: 'ActionPlan', slug: 'a-plan', title: HOSTILE },
    });
  });

  it('is null for a page without one, or with one that is not the state', () => {
    expect(readState(document.implementation.createHTMLDocument('page'))).toBeNull();
    expect(readState(pageWith('not json'))).toBeNull();
    expect(readState(pageWith('{"apollo":{}}'))).toBeNull();
  });
});
