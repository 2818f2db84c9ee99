import { DynamicModule, Global, Module } from '@nestjs/common';
import {
  getOptionsToken,
  getStorageToken,
  ThrottlerModuleOptions,
  ThrottlerStorage,
  ThrottlerStorageService,
} from '@nestjs/throttler';
import { RedisRateLimitStorage } from './redis-rate-limit-storage';

/** The process's one store of rate-limit hits, shared by every module's limits. */
export const RATE_LIMIT_STORAGE = Symbol('RATE_LIMIT_STORAGE');

export interface RateLimitStorageOptions {
  /** Redis, where the limits are kept for every instance; without it, in this process's memory. */
  redisUrl?: string;
  /** The key prefix in Redis (a test run's own; default `socialkompas:rate-limit:`). */
  prefix?: string;
}

const DEFAULT_PREFIX = 'socialkompas:rate-limit:';

/** The limits' options of one module, as ThrottlerModule.forRoot takes them, less the storage (shared). */
export type RateLimitOptions = Exclude<ThrottlerModuleOptions, unknown[]> & { storage?: never };

/**
 * Where rate limits count their hits: Redis when the application has it, so the limits hold
 * across instances and restarts, else memory (the embedded demo). Imported once, by the app; the
 * store closes its connection with the application.
 */
@Global()
@Module({})
export class RateLimitStorageModule {
  static forRoot(options: RateLimitStorageOptions): DynamicModule {
    return {
      module: RateLimitStorageModule,
      providers: [
        {
          provide: RATE_LIMIT_STORAGE,
          useFactory: (): ThrottlerStorage =>
            options.redisUrl
              ? new RedisRateLimitStorage(options.redisUrl, options.prefix ?? DEFAULT_PREFIX)
              : new ThrottlerStorageService(),
        },
      ],
      exports: [RATE_LIMIT_STORAGE],
    };
  }
}

/** The module whose options and storage a feature module's ThrottlerGuard reads. */
@Module({})
export class RateLimitsModule {}

/**
 * A feature module's rate limits, to import where its controllers use ThrottlerGuard: these
 * options, and the application's shared storage (RateLimitStorageModule). In place of
 * ThrottlerModule.forRoot, which would give each module a store of its own in memory, and of
 * forRootAsync, whose factory Nest would take for the same module in every feature (it tells
 * dynamic modules apart by their metadata, a factory by its source text).
 */
export function rateLimits(options: RateLimitOptions): DynamicModule {
  const providers = [
    { provide: getOptionsToken(), useValue: options },
    { provide: getStorageToken(), useExisting: RATE_LIMIT_STORAGE },
  ];
  return { module: RateLimitsModule, providers, exports: providers.map((provider) => provider.provide) };
}
