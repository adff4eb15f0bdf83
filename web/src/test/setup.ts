import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library only cleans up by itself when test globals are on; they are off here.
afterEach(() => {
  cleanup();
});

// jsdom has no layout; React Router's <ScrollRestoration> calls scrollTo on navigation.
window.scrollTo = () => undefined;
