import { spawn } from 'node:child_process';
import IORedis from 'ioredis';
import { freePort } from './free-port';

/** The Redis the tests use: REDIS_URL (set by the global setup when it starts one), else the local default. */
export const testRedisUrl = () => process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether a Redis answers PING at the URL within a second. */
export async function redisAnswers(url: string): Promise<boolean> {
  const probe = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000 });
  // The refusal is the answer (connect rejects with it); unheard, ioredis would print it as unhandled.
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

export interface OwnRedisServer {
  url: string;
  port: number;
  /** SIGTERM, waiting for the exit. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash: with no persistence, whatever it held is gone. */
  kill(): Promise<void>;
  /** SIGSTOP: connections stay open and nothing answers, as a Redis that hangs. */
  pause(): void;
  /** SIGCONT after pause. */
  resume(): void;
}

/**
 * A redis-server of the test's own on a loopback port (a free one unless given, e.g. to start an
 * empty one where a killed one ran), without persistence: it may be emptied at will.
 */
export async function startRedisServer(port?: number): Promise<OwnRedisServer> {
  port ??= await freePort();
  const server = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50 && !(await redisAnswers(url)); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!(await redisAnswers(url))) throw new Error(`redis-server did not start on port ${port}`);
  const end = async (signal: NodeJS.Signals) => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill(signal);
    await exited;
  };
  return {
    url,
    port,
    stop: async () => {
      server.kill('SIGCONT');
      await end('SIGTERM');
    },
    kill: () => end('SIGKILL'),
    pause: () => server.kill('SIGSTOP'),
    resume: () => server.kill('SIGCONT'),
  };
}
