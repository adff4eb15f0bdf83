import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Testing Library only cleans up by itself when test globals are on; they are off here.
afterEach(() => {
  cleanup();
});

// A page's first render loads its lazy chunks; on a busy machine that can take longer than
// Testing Library's default wait of 1 s, which made `findBy…` fail for no fault of the page.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no layout; React Router's <ScrollRestoration> calls scrollTo on navigation.
window.scrollTo = () => undefined;

// The test run's clock (scripts/test-clock.json): `new Date()` starts there and runs on, so what a
// page computes from "today" is the same on any day. Only Date is replaced; timers stay real.
vi.useFakeTimers({ toFake: ['Date'], now: new Date(import.meta.env.TEST_CLOCK_START), shouldAdvanceTime: true });
