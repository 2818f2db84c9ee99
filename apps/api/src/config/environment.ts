import 'reflect-metadata';
import { plainToInstance, Transform, Type } from 'class-transformer';
import { TENANT_SLUG_PATTERN } from '@socialkompas/tenancy';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every setting the API reads from the environment; documented in `.env.example`. */
export class Environment {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number between 1 and 65535' })
  @Min(1, { message: 'must be a whole number between 1 and 65535' })
  @Max(65535, { message: 'must be a whole number between 1 and 65535' })
  PORT = 3000;

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL!: string;

  /**
   * PostgreSQL itself, when DATABASE_URL goes through a pooler in transaction mode (PgBouncer):
   * what needs one session for longer than a transaction uses it, i.e. the registry listener
   * (LISTEN) and the command-line tools (the migrations' advisory lock). Unset: DATABASE_URL.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection URL' })
  DATABASE_DIRECT_URL?: string;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number between 2 and 100' })
  @Min(2, { message: 'must be a whole number between 2 and 100' })
  @Max(100, { message: 'must be a whole number between 2 and 100' })
  DATABASE_POOL_SIZE = 10;

  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @Matches(/^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*$/, {
    message: 'must be a lower-case host name such as socialkompas.dk or localhost',
  })
  BASE_DOMAIN = 'localhost';

  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters of random text' })
  SESSION_SECRET!: string;

  /**
   * The secret before the last rotation: sessions and reminder links it signed stay valid while
   * it is set; new ones are signed with SESSION_SECRET (docs/operations.md, "Rotating secrets").
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters of random text' })
  SESSION_SECRET_PREVIOUS?: string;

  /**
   * Which proxies may tell the API the client's address and https (X-Forwarded-*): Express's
   * `trust proxy` list, e.g. `loopback, 10.0.0.0/8`. Secure session cookies need the proxy's https.
   */
  @Matches(/^(\d{1,2}|[a-z0-9.:/]+(\s*,\s*[a-z0-9.:/]+)*)$/, {
    message: 'must be a hop count or a comma-separated list such as "loopback, 10.0.0.0/8"',
  })
  TRUST_PROXY = 'loopback';

  /**
   * The one tenant whose identity provider the operator trusts for platform administration:
   * `platform_admin` memberships count there and nowhere else. Unset: only the command line.
   */
  @IsOptional()
  @Matches(TENANT_SLUG_PATTERN, { message: 'must be the slug of a tenant, e.g. drift' })
  PLATFORM_ADMIN_TENANT?: string;

  /** The SMTP server for all mail, e.g. smtp://user:password@mail.example.dk:587. Without it mail waits in the outbox. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The sender address of reminder mails; the tenant's name is shown as the sender's name. */
  @IsEmail({}, { message: 'must be an e-mail address such as noreply@socialkompas.dk' })
  MAIL_FROM = 'noreply@socialkompas.dk';

  /** Encrypts OIDC client secrets stored in the database; without it secrets must be named environment variables. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters of random text' })
  SECRETS_KEY?: string;

  /** The key before the last rotation: stored secrets it sealed still open, until `platform secrets reseal`. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters of random text' })
  SECRETS_KEY_PREVIOUS?: string;

  /** A staff session ends after this many minutes without a request. */
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of minutes between 5 and 720' })
  @Min(5, { message: 'must be a whole number of minutes between 5 and 720' })
  @Max(720, { message: 'must be a whole number of minutes between 5 and 720' })
  SESSION_IDLE_MINUTES = 60;

  /** A staff session ends this many hours after login, however active. */
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of hours between 1 and 72' })
  @Min(1, { message: 'must be a whole number of hours between 1 and 72' })
  @Max(72, { message: 'must be a whole number of hours between 1 and 72' })
  SESSION_ABSOLUTE_HOURS = 12;

  /** Job schedules are reconciled with the registry on every change, and besides every this many seconds. */
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of seconds between 1 and 3600' })
  @Min(1, { message: 'must be a whole number of seconds between 1 and 3600' })
  @Max(3600, { message: 'must be a whole number of seconds between 1 and 3600' })
  JOBS_RECONCILE_SECONDS = 300;

  /**
   * On SIGTERM the API first answers /health/ready with 503 for this many seconds, so the load
   * balancer stops sending it requests, and only then stops accepting connections.
   */
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of seconds between 0 and 60' })
  @Min(0, { message: 'must be a whole number of seconds between 0 and 60' })
  @Max(60, { message: 'must be a whole number of seconds between 0 and 60' })
  SHUTDOWN_DRAIN_SECONDS = 3;

  /**
   * After SIGTERM a process that has not closed within this many seconds cuts the connections left
   * and exits: keep it below the orchestrator's grace period (compose: stop_grace_period).
   */
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of seconds between 1 and 600' })
  @Min(1, { message: 'must be a whole number of seconds between 1 and 600' })
  @Max(600, { message: 'must be a whole number of seconds between 1 and 600' })
  SHUTDOWN_TIMEOUT_SECONDS = 25;

  /**
   * The bearer token Prometheus sends to read `/metrics`. Unset: `/metrics` answers 404, as if it
   * did not exist.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters of random text' })
  METRICS_TOKEN?: string;

  /**
   * Test sites on this machine the link checker may reach although its address policy refuses
   * loopback, e.g. `http://127.0.0.1:8080`: for fault tests of the production build only. Loopback
   * origins and nothing else are accepted, each exactly (its port; no redirect elsewhere).
   */
  @Transform(({ value }) =>
    typeof value === 'string' ? value.split(',').map((origin) => origin.trim()) : value,
  )
  @Matches(/^https?:\/\/(127(\.\d{1,3}){3}|\[::1\]):\d{1,5}$/, {
    each: true,
    message: 'must be a comma-separated list of loopback origins such as http://127.0.0.1:8080',
  })
  LINK_CHECK_ALLOW_ORIGINS: string[] = [];

  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /**
   * Whether search reuses whole answers given earlier for the same query at the same catalogue
   * generation. `off` leaves the snapshot and its text and word caches, and measures what the
   * search itself costs, as a long tail of distinct queries would.
   */
  @IsIn(['on', 'off'], { message: 'must be on or off' })
  SEARCH_ANSWER_REUSE: 'on' | 'off' = 'on';

  /** Folder of the built web client; when it exists, the API serves it on the same port. */
  @IsString()
  WEB_DIST_DIR = 'dist/web';
}

export class EnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'EnvironmentError';
  }
}

/** Validates the environment once at start-up; a bad or missing variable stops the start, named. */
export function loadEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const environment = plainToInstance(Environment, present, { excludeExtraneousValues: false });
  const errors = validateSync(environment, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    throw new EnvironmentError(
      errors.map((error) => {
        const value = source[error.property];
        const reason = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
        return value === undefined || value === ''
          ? `${error.property} is missing: it ${reason}`
          : `${error.property} ${reason}`;
      }),
    );
  }
  return environment;
}
