import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import IORedis from 'ioredis';

/**
 * One hit, atomically. KEYS: the window's counter, the block marker. ARGV: the window and the
 * block in ms, the limit. While blocked nothing is counted; the hit past the limit starts a block
 * and clears the counter, so counting starts afresh after it (as @nestjs/throttler's own storage
 * does). Answers hits, ms left of the window, 1 when blocked, ms left of the block.
 */
const HIT_SCRIPT = `
local blockLeft = redis.call('PTTL', KEYS[2])
local limit = tonumber(ARGV[3])
if blockLeft > 0 then
  return {limit + 1, blockLeft, 1, blockLeft}
end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
local windowLeft = redis.call('PTTL', KEYS[1])
if windowLeft < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  windowLeft = tonumber(ARGV[1])
end
if hits <= limit then
  return {hits, windowLeft, 0, 0}
end
local block = tonumber(ARGV[2])
if block <= 0 then
  return {hits, windowLeft, 1, windowLeft}
end
redis.call('SET', KEYS[2], '1', 'PX', block)
redis.call('DEL', KEYS[1])
return {hits, windowLeft, 1, block}
`;

/** A limit check waits at most this long for Redis before the process's own count decides. */
const COMMAND_TIMEOUT_MS = 300;
const CONNECT_TIMEOUT_MS = 1000;

/** What the guard reads of a hit (the package's index does not export its name). */
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

type HitReply = [hits: number, windowLeftMs: number, blocked: 0 | 1, blockLeftMs: number];

interface RateLimitRedis extends IORedis {
  rateLimitHit(
    hitsKey: string,
    blockKey: string,
    ttl: number,
    block: number,
    limit: number,
  ): Promise<HitReply>;
}

const seconds = (ms: number) => Math.ceil(ms / 1000);

/**
 * @nestjs/throttler's storage on Redis, so every API instance counts the same hits and a restart
 * forgets none. Keys are `<prefix>{<throttler key>}:hits` and `…:blocked` (the braces keep both in
 * one Redis Cluster slot) and expire with their window or block.
 *
 * When Redis cannot be asked (down, unreachable, too slow), the hit is counted in this process's
 * memory instead, as before limits were shared: the limit then holds per process until Redis is
 * back. It never refuses a request because Redis is away: these limits keep spam and scripts out
 * of login and the public forms, and refusing everyone during a Redis outage would take login
 * down with it, a worse failure than a spammer getting a few more tries. Commands are never
 * queued while disconnected (enableOfflineQueue false) and time out after 300 ms, so a request
 * is not held up by a Redis that is down or hangs.
 */
export class RedisRateLimitStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger(RedisRateLimitStorage.name);
  private readonly redis: RateLimitRedis;
  /** Counts while Redis cannot be asked. */
  private readonly fallback = new ThrottlerStorageService();
  private connecting: Promise<void> | null = null;
  private outageReported = false;

  constructor(
    redisUrl: string,
    private readonly prefix: string,
  ) {
    // Connected on the first hit, so a process that limits nothing (the worker) never connects.
    this.redis = new IORedis(redisUrl, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: CONNECT_TIMEOUT_MS,
    }) as RateLimitRedis;
    this.redis.defineCommand('rateLimitHit', { numberOfKeys: 2, lua: HIT_SCRIPT });
    this.redis.on('error', (error: Error) => this.reportOutage(error));
    this.redis.on('ready', () => {
      if (this.outageReported) this.logger.log('Redis answers again: rate limits are shared again');
      this.outageReported = false;
    });
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    try {
      await this.connected();
      const base = `${this.prefix}{${key}}`;
      const [hits, windowLeft, blocked, blockLeft] = await this.redis.rateLimitHit(
        `${base}:hits`,
        `${base}:blocked`,
        ttl,
        blockDuration,
        limit,
      );
      return {
        totalHits: hits,
        timeToExpire: seconds(windowLeft),
        isBlocked: blocked === 1,
        timeToBlockExpire: seconds(blockLeft),
      };
    } catch (error) {
      this.reportOutage(error as Error);
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.fallback.onApplicationShutdown();
    if (this.redis.status === 'wait' || this.redis.status === 'end') return;
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  /** The first hit opens the connection; later ones find it open, or reconnecting, and do not wait. */
  private async connected(): Promise<void> {
    if (this.redis.status !== 'wait') return;
    this.connecting ??= this.redis.connect().finally(() => (this.connecting = null));
    await this.connecting;
  }

  /** One warning per outage, not one per request. */
  private reportOutage(error: Error): void {
    if (this.outageReported) return;
    this.outageReported = true;
    this.logger.warn(
      `Redis does not answer for rate limits (${error.message}): each process counts for itself until it does`,
    );
  }
}
