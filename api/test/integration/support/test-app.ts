import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../../../src/app-factory';
import { seedDemo } from '../../../src/database/seed/demo-seed';
import { makeTestFolder } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  folder: string;
  /** The app's DATABASE_URL: an SQLite file in `folder`, or a PostgreSQL database of its own. */
  databaseUrl: string;
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
 * The whole application on a free port, over a fresh database (an SQLite file in a temp folder, or
 * a PostgreSQL database of its own: test-database.ts) with the real migrations, applied once per
 * run to the template it copies (template-database.ts); the demo is seeded
 * unless `seed: false`. `close` drops the database and removes the folder.
 */
export async function startTestApp(options: { seed?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const folder = makeTestFolder('tracker-it-');
  const databaseUrl = await folder.database(undefined, { migrated: true });
  const saved = { ...process.env };
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'test',
    // Tests check answers, not times: on a loaded machine the three-second budget of a query
    // could stop one mid-test. The budget's own tests set a limit of their own.
    GRAPHQL_TIME_LIMIT_MS: '60000',
    ...options.env,
  });
  let app: NestFastifyApplication;
  try {
    app = await createApp({ logger: false });
  } catch (error) {
    await folder.remove();
    throw error;
  } finally {
    process.env = saved;
  }
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
    folder: folder.path,
    databaseUrl,
    url: url.replace('[::1]', '127.0.0.1'),
    post,
    async gql(query, variables, cookie) {
      return (await post({ query, variables }, cookie)).json();
    },
    async close() {
      await app.close();
      await folder.remove();
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
