import { plainToInstance } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

/** Where the database lives: an SQLite file (the embedded default) or, later, PostgreSQL. */
export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

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

  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsOptional()
  @IsString()
  WEB_DIST?: string;

  get database(): DatabaseTarget {
    const url = this.DATABASE_URL;
    if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', url };
    return { kind: 'sqlite', path: url.startsWith('file:') ? url.slice('file:'.length) : url };
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const NUMERIC = new Set<keyof AppConfig>(['PORT']);

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
  if (config.database.kind === 'postgres') {
    problems.push('DATABASE_URL: PostgreSQL is not supported yet; use an SQLite file path');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
