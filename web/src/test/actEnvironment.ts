import { afterEach, beforeEach } from 'vitest';

/**
 * For the tests of a file that hydrate with React's own `act` rather than Testing Library's
 * render: tells React it runs in a test while each one runs, as Testing Library does around its
 * own calls.
 */
export function inActEnvironment(): void {
  beforeEach(() => {
    Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);
  });
  afterEach(() => {
    Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', false);
  });
}
