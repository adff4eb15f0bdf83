import { plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUrl, Matches, Max, Min, validateSync } from 'class-validator';
import { parseTrustProxy, TrustProxy } from '../web/trust-proxy';

/** Where the database lives: an SQLite file (the embedded default) or a PostgreSQL database. */
export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

const CLOCK_START_MESSAGE = 'CLOCK_START must be an ISO-8601 instant with its zone, e.g. 2026-11-22T12:00:00Z';

/** The environment the process reads, validated at start; a bad value stops the process naming the variable. */
export class AppConfig {
  /** 0 asks the system for a free port (tests). */
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @Matches(/^[\w.:-]+$/, { message: 'HOST must be a host name or an IP address' })
  HOST = '127.0.0.1';

  @IsString()
  @Matches(/^(file:.+|postgres(ql)?:\/\/.+|[^:]+)$/, {
    message: 'DATABASE_URL must be a file path, file:/path or postgres://…',
  })
  DATABASE_URL = './data/tracker.sqlite';

  /** PostgreSQL only: the most connections one process holds open at once. */
  @IsInt()
  @Min(2)
  @Max(100)
  DATABASE_POOL_SIZE = 10;

  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsOptional()
  @IsString()
  WEB_DIST?: string;

  /** The address people use, e.g. https://tracker.example.org; https makes cookies Secure with the __Host- prefix. */
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_tld: false, require_protocol: true },
    { message: 'PUBLIC_URL must be an http(s) URL' },
  )
  PUBLIC_URL?: string;

  /** A session ends after this many minutes without a request. */
  @IsInt()
  @Min(5)
  @Max(7 * 24 * 60)
  SESSION_IDLE_MINUTES = 8 * 60;

  /** A session ends this many hours after sign-in, however active. */
  @IsInt()
  @Min(1)
  @Max(90 * 24)
  SESSION_ABSOLUTE_HOURS = 7 * 24;

  /** How long an invitation link stays valid. */
  @IsInt()
  @Min(1)
  @Max(30 * 24)
  INVITE_HOURS = 72;

  /** The most an operation may cost (docs/security.md, "Query cost"); about one unit per value in the answer. */
  @IsInt()
  @Min(100)
  @Max(1_000_000_000)
  GRAPHQL_MAX_COST = 60_000;

  /** How long one GraphQL operation may run before it is stopped with QUERY_TOO_LARGE. */
  @IsInt()
  @Min(1)
  @Max(60_000)
  GRAPHQL_TIME_LIMIT_MS = 3_000;

  /** How many values (fields resolved, list items included) one answer may hold. */
  @IsInt()
  @Min(100)
  @Max(10_000_000)
  GRAPHQL_MAX_VALUES = 100_000;

  /** The most memory the answers kept for anonymous readers take (public-cache/), in MiB. */
  @IsInt()
  @Min(1)
  @Max(4096)
  PUBLIC_CACHE_MEGABYTES = 64;

  /** Writes (comments, responses, status updates, edits, invitations) one account may make per minute. */
  @IsInt()
  @Min(1)
  WRITES_PER_ACCOUNT_PER_MINUTE = 60;

  /** Writes one account may make per hour. */
  @IsInt()
  @Min(1)
  WRITES_PER_ACCOUNT_PER_HOUR = 1_000;

  /** Writes one address may make per minute, whoever is signed in (people behind one office router share it). */
  @IsInt()
  @Min(1)
  WRITES_PER_ADDRESS_PER_MINUTE = 120;

  /** Writes one address may make per hour. */
  @IsInt()
  @Min(1)
  WRITES_PER_ADDRESS_PER_HOUR = 3_000;

  /** Failed sign-ins to one account from one address in 15 minutes before that pair must wait. */
  @IsInt()
  @Min(1)
  LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;

  /** Failed sign-ins from one address, to any accounts, in 15 minutes before the address must wait. */
  @IsInt()
  @Min(1)
  LOGIN_FAILURES_PER_ADDRESS = 20;

  /**
   * Failed sign-ins to one account, from anywhere, in an hour before the account accepts
   * sign-ins only from addresses it has signed in from before.
   */
  @IsInt()
  @Min(1)
  LOGIN_FAILURES_PER_ACCOUNT = 100;

  /**
   * The instant the process's clock starts at (it then runs at the normal pace), for test runs and
   * demonstrations that must show the same dates on any day. Unset: the system clock.
   */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: CLOCK_START_MESSAGE })
  @Matches(/T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/, { message: CLOCK_START_MESSAGE })
  CLOCK_START?: string;

  /**
   * Whether an empty database is filled with the demo at start. Unset: on in development and test,
   * off in production, where an empty database waits for its first organisation (`tracker org:create`).
   */
  @IsOptional()
  @IsIn(['on', 'off'], { message: 'DEMO_DATA must be on or off' })
  DEMO_DATA?: 'on' | 'off';

  /** A request's line and headers must arrive within this many seconds, or the connection is closed (408). */
  @IsInt()
  @Min(1)
  @Max(300)
  HTTP_HEADERS_TIMEOUT_SECONDS = 10;

  /** A whole request, headers and body, must arrive within this many seconds, or the connection is closed (408). */
  @IsInt()
  @Min(1)
  @Max(3600)
  HTTP_REQUEST_TIMEOUT_SECONDS = 30;

  /**
   * Which reverse proxies' X-Forwarded-For (and X-Request-Id) to believe: unset believes none, so
   * the connected peer is the client; a hop count such as `1`, or a comma-separated list of
   * addresses and CIDR ranges (Fastify's trustProxy semantics).
   */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /**
   * Roundtable registrants' personal data (name, email, role, access needs, the cancel token's
   * hash) is erased this many days after the roundtable ends.
   */
  @IsInt()
  @Min(0)
  @Max(3650)
  ROUNDTABLE_RETENTION_DAYS = 90;

  /** Registrations for roundtables one address may send per hour (the public form's throttle). */
  @IsInt()
  @Min(1)
  REGISTRATIONS_PER_ADDRESS_PER_HOUR = 20;

  /**
   * Where roundtable confirmations are sent through, e.g. smtps://user:password@mail.example.org:465;
   * unset, nothing is emailed and the confirmation page alone shows the cancel link.
   */
  @IsOptional()
  @IsUrl(
    { protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true, require_valid_protocol: true },
    { message: 'SMTP_URL must be an smtp:// or smtps:// URL' },
  )
  SMTP_URL?: string;

  /** The sender of the roundtable mail: an address, or a name and an address, `Tracker <tracker@example.org>`. */
  @IsOptional()
  @Matches(/^([^<>\r\n]{0,100} <[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, {
    message: 'MAIL_FROM must be an email address, or a name and <an email address>',
  })
  MAIL_FROM?: string;

  /** The least severe log lines written: fatal, error, warn, info, debug, trace or silent. */
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  /** TRUST_PROXY as a function of a hop's address and distance, or null when no proxy is trusted. */
  get trustProxy(): TrustProxy | null {
    return parseTrustProxy(this.TRUST_PROXY).trust;
  }

  get database(): DatabaseTarget {
    const url = this.DATABASE_URL;
    if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
    return { kind: 'sqlite', path: url.startsWith('file:') ? url.slice('file:'.length) : url };
  }

  /** The origin invitation links point to. */
  get publicUrl(): string {
    return (this.PUBLIC_URL ?? `http://${this.HOST === '0.0.0.0' ? '127.0.0.1' : this.HOST}:${this.PORT}`).replace(
      /\/$/,
      '',
    );
  }

  /** The sender of the mail the tracker sends: MAIL_FROM, or an address at PUBLIC_URL's host. */
  get mailFrom(): string {
    return this.MAIL_FROM ?? `Action Plan Tracker <no-reply@${new URL(this.publicUrl).hostname}>`;
  }

  get secureCookies(): boolean {
    return this.publicUrl.startsWith('https://');
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Whether a start on an empty database seeds the demo (DEMO_DATA, or off in production only). */
  get demoData(): boolean {
    return (this.DEMO_DATA ?? (this.isProduction ? 'off' : 'on')) === 'on';
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const NUMERIC = new Set<keyof AppConfig>([
  'PORT',
  'DATABASE_POOL_SIZE',
  'SESSION_IDLE_MINUTES',
  'SESSION_ABSOLUTE_HOURS',
  'INVITE_HOURS',
  'GRAPHQL_MAX_COST',
  'GRAPHQL_TIME_LIMIT_MS',
  'GRAPHQL_MAX_VALUES',
  'PUBLIC_CACHE_MEGABYTES',
  'WRITES_PER_ACCOUNT_PER_MINUTE',
  'WRITES_PER_ACCOUNT_PER_HOUR',
  'WRITES_PER_ADDRESS_PER_MINUTE',
  'WRITES_PER_ADDRESS_PER_HOUR',
  'LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS',
  'LOGIN_FAILURES_PER_ADDRESS',
  'LOGIN_FAILURES_PER_ACCOUNT',
  'HTTP_HEADERS_TIMEOUT_SECONDS',
  'HTTP_REQUEST_TIMEOUT_SECONDS',
  'ROUNDTABLE_RETENTION_DAYS',
  'REGISTRATIONS_PER_ADDRESS_PER_HOUR',
]);

/** A postgres:// URL that names a host and a database. */
function validPostgresUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.hostname !== '' && parsed.pathname.length > 1;
  } catch {
    return false;
  }
}

/** Reads and validates the configuration from an environment (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, unknown> = {};
  const defaults = new AppConfig();
  for (const key of Object.keys(defaults) as (keyof AppConfig)[]) {
    const value = env[key];
    if (value === undefined || value === '') continue;
    raw[key] = NUMERIC.has(key) && /^\d+$/.test(value) ? Number(value) : value;
  }
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { forbidUnknownValues: true });
  const problems = errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map(
      (message) => `${error.property}=${JSON.stringify(env[error.property] ?? '')}: ${message}`,
    ),
  );
  if (config.HTTP_HEADERS_TIMEOUT_SECONDS > config.HTTP_REQUEST_TIMEOUT_SECONDS) {
    problems.push(
      `HTTP_HEADERS_TIMEOUT_SECONDS=${config.HTTP_HEADERS_TIMEOUT_SECONDS}: must not exceed HTTP_REQUEST_TIMEOUT_SECONDS (${config.HTTP_REQUEST_TIMEOUT_SECONDS}), which includes the headers`,
    );
  }
  const trustProblem = parseTrustProxy(config.TRUST_PROXY).problem;
  if (trustProblem) problems.push(`TRUST_PROXY=${JSON.stringify(env.TRUST_PROXY)}: ${trustProblem}`);
  if (config.database.kind === 'postgres' && !validPostgresUrl(config.DATABASE_URL)) {
    problems.push('DATABASE_URL: a PostgreSQL URL is postgres://user:password@host:port/database');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
