import 'reflect-metadata';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** The schema the application serves, printed in a stable order (what api/schema.gql holds). */
export async function printAppSchema(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'tracker-schema-'));
  process.env.DATABASE_URL = join(folder, 'schema.sqlite');
  const { createApp } = await import('../app-factory');
  const app = await createApp({ logger: process.env.DEBUG_SCHEMA ? undefined : false });
  try {
    const { schema } = app.get(GraphQLSchemaHost);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const target = resolve(process.argv[2] ?? 'schema.gql');
  printAppSchema().then(
    (sdl) => writeFileSync(target, sdl),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
