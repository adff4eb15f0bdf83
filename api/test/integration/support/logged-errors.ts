import { Logger } from '@nestjs/common';

/**
 * Records what the app logs as an error (an unexpected error's stack, for one) from now until
 * `stop()`; the app's own output stays off.
 */
export function recordLoggedErrors(): { messages: () => string[]; stop: () => void } {
  const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  return {
    messages: () => spy.mock.calls.map((call) => call.map(String).join(' ')),
    stop: () => spy.mockRestore(),
  };
}
