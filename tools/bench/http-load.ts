import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../test/support/free-port';

const ROOT = join(__dirname, '../..');

/** The API process's session secret, so a benchmark can log in elsewhere and use the cookie here. */
export const BENCH_SESSION_SECRET = 'a-session-secret-of-at-least-32-chars';

export interface LoadFigures {
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** Linux's USER_HZ, the unit of /proc/<pid>/stat's times. */
const CLOCK_TICKS_PER_SECOND = 100;

let built = false;

/**
 * The API built as it is deployed (`npm run start:prod` and `npm run worker` run the same files),
 * once per benchmark process, past Nx's cache: it was seen to answer for sources changed since.
 * Run from the TypeScript sources instead, the process would also hold the compiler and the
 * sources, about a hundred MB of its memory.
 */
function builtEntry(name: 'main' | 'worker'): string {
  if (!built) {
    execFileSync('npx', ['nx', 'run', 'api:build', '--skip-nx-cache'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    built = true;
  }
  return join(ROOT, `dist/api/apps/api/src/${name}.js`);
}

/** A production process of the benchmark's (the API or the worker), as it runs in a deployment. */
export interface BenchProcess {
  /** The process's resident memory now (Linux). */
  rssBytes(): Promise<number>;
  /** The CPU time the process has used so far, user and system, in ms (Linux). */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

export interface ApiProcess extends BenchProcess {
  baseUrl: string;
}

/**
 * A built entry point in a process of its own, in production mode with the benchmark's settings.
 * BENCH_API_NODE_OPTIONS adds options to its node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
 */
function spawnBuilt(name: 'main' | 'worker', databaseUrl: string, env: Record<string, string>): BenchProcess {
  const nodeOptions = process.env.BENCH_API_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [];
  const child: ChildProcess = spawn(process.execPath, [...nodeOptions, builtEntry(name)], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '10',
      SESSION_SECRET: BENCH_SESSION_SECRET,
      BASE_DOMAIN: 'localhost',
      LOG_LEVEL: 'info',
      WEB_DIST_DIR: '/nonexistent',
      ...env,
    },
  });
  return {
    rssBytes: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) * 1024;
    },
    cpuMs: async () => {
      // Fields 14 and 15 of /proc/<pid>/stat, after the parenthesised command name: clock ticks.
      const fields = (await readFile(`/proc/${child.pid}/stat`, 'utf8')).split(') ')[1].split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** The production API (`main.ts`, built), once it answers `/health`. */
export async function startApiProcess(
  databaseUrl: string,
  options: { webDistDir?: string; env?: Record<string, string> } = {},
): Promise<ApiProcess> {
  const port = await freePort();
  const api = spawnBuilt('main', databaseUrl, {
    PORT: String(port),
    ...(options.webDistDir ? { WEB_DIST_DIR: options.webDistDir } : {}),
    ...options.env,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break;
    } catch {
      if (attempt > 240) throw new Error('the API did not start within 60 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { ...api, baseUrl };
}

/** The production worker (`worker.ts`, built), taking its jobs from the Redis at `redisUrl`. */
export function startWorkerProcess(databaseUrl: string, redisUrl: string): BenchProcess {
  return spawnBuilt('worker', databaseUrl, { REDIS_URL: redisUrl });
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** A load's figures with what they were computed from, so that loads can be combined (combineLoads). */
export interface DrivenLoad extends LoadFigures {
  /** Every response's latency in ms, sorted. */
  latencies: number[];
  seconds: number;
}

/**
 * Drives the paths round-robin at a fixed concurrency and times every response itself (autocannon's
 * summary has no p95). Latencies in ms. Loopback only.
 */
export async function drive(
  baseUrl: string,
  requests: { path: string; host: string; headers?: Record<string, string> }[],
  options: { connections: number; seconds: number; amount?: number },
): Promise<DrivenLoad> {
  if (!new URL(baseUrl).hostname.startsWith('127.')) throw new Error('load tests target loopback only');
  const latencies: number[] = [];
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.seconds }),
        requests: requests.map(({ path, host, headers }) => ({
          method: 'GET',
          path,
          headers: { ...headers, host },
        })),
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const seconds = (performance.now() - started) / 1000;
  return figuresOf(latencies, seconds, { non2xx: result.non2xx, errors: result.errors + result.timeouts });
}

function figuresOf(
  latencies: number[],
  seconds: number,
  failures: Pick<LoadFigures, 'non2xx' | 'errors'>,
): DrivenLoad {
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requestsPerSecond: latencies.length / seconds,
    requests: latencies.length,
    ...failures,
    latencies,
    seconds,
  };
}

/** Loads of the same requests driven one after another, as one: their latencies pooled, their times added. */
export function combineLoads(loads: DrivenLoad[]): DrivenLoad {
  return figuresOf(
    loads.flatMap((load) => load.latencies),
    loads.reduce((sum, load) => sum + load.seconds, 0),
    {
      non2xx: loads.reduce((sum, load) => sum + load.non2xx, 0),
      errors: loads.reduce((sum, load) => sum + load.errors, 0),
    },
  );
}

export function describeFigures(label: string, figures: LoadFigures): string {
  return `  ${label.padEnd(8)} p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms, ${figures.requestsPerSecond.toFixed(0)} req/s (${figures.requests} requests, ${figures.non2xx} non-2xx, ${figures.errors} errors)`;
}
