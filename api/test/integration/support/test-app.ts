import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../../../src/app-factory';
import { seedDemo } from '../../../src/database/seed/demo-seed';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  folder: string;
  url: string;
  /** A GraphQL request; `cookie` is a session from `signIn`. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    cookie?: string,
  ): Promise<GraphQLResponse<T>>;
  /** The raw HTTP response of a GraphQL request, for headers. */
  post(body: unknown, cookie?: string): Promise<Response>;
  close(): Promise<void>;
}

/** The write limits out of the way, for tests that make many writes in a few seconds on purpose. */
export const UNLIMITED_WRITES: Record<string, string> = {
  WRITES_PER_ACCOUNT_PER_MINUTE: '1000000',
  WRITES_PER_ACCOUNT_PER_HOUR: '1000000',
  WRITES_PER_ADDRESS_PER_MINUTE: '1000000',
  WRITES_PER_ADDRESS_PER_HOUR: '1000000',
};

/**
 * The whole application on a free port, over a fresh SQLite file in a temp folder with the real
 * migrations; the demo is seeded unless `seed: false`.
 */
export async function startTestApp(options: { seed?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const folder = mkdtempSync(join(tmpdir(), 'tracker-it-'));
  const saved = { ...process.env };
  Object.assign(process.env, { DATABASE_URL: join(folder, 'tracker.sqlite'), NODE_ENV: 'test', ...options.env });
  const app = await createApp({ logger: false });
  process.env = saved;
  await app.listen({ port: 0, host: '127.0.0.1' });
  const dataSource = app.get(DataSource);
  if (options.seed !== false) await seedDemo(dataSource);
  const url = await app.getUrl();
  const post = (body: unknown, cookie?: string): Promise<Response> =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  return {
    app,
    dataSource,
    folder,
    url: url.replace('[::1]', '127.0.0.1'),
    post,
    async gql(query, variables, cookie) {
      return (await post({ query, variables }, cookie)).json();
    },
    async close() {
      await app.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Counts the SQL statements the DataSource runs while `work` runs. */
export async function countStatements(
  dataSource: DataSource,
  work: () => Promise<unknown>,
): Promise<{ count: number; statements: string[] }> {
  const statements: string[] = [];
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, runner) => {
    statements.push(query);
    return original(query, parameters, runner);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return { count: statements.length, statements };
}
