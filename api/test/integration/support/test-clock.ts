import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every app and process an integration test starts runs on the test clock (scripts/test-clock.json,
 * or TEST_CLOCK_START), so the demo's dates and "today" are the same on any day.
 */
const { start } = JSON.parse(readFileSync(join(__dirname, '../../../../scripts/test-clock.json'), 'utf8')) as {
  start: string;
};
process.env.CLOCK_START ??= process.env.TEST_CLOCK_START || start;
