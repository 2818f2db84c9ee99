import IORedis from 'ioredis';

/** The Redis the tests use: REDIS_URL (set by the global setup when it starts one), else the local default. */
export const testRedisUrl = () => process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether a Redis answers PING at the URL within a second. */
export async function redisAnswers(url: string): Promise<boolean> {
  const probe = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000 });
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
