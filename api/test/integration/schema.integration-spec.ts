import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printAppSchema } from '../../src/graphql/print-schema';

describe('api/schema.gql', () => {
  it('is the schema the application serves (run `npm run codegen` and commit both when this fails)', async () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8');
    expect(await printAppSchema()).toBe(committed);
  });
});
