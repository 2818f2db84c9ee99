import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

const ROOT = join(__dirname, '../../../..');
export const BUILT = join(ROOT, 'dist/api/apps/api/src');

/** The settings every production process of a fault test shares; each test adds its servers. */
export const productionEnvironment = (overrides: Record<string, string>): Record<string, string> => ({
  PATH: process.env.PATH ?? '',
  NODE_ENV: 'production',
  SESSION_SECRET: 'faults-session-secret-of-at-least-32-characters',
  SECRETS_KEY: 'faults-secrets-key-of-at-least-32-characters!',
  BASE_DOMAIN: 'localhost',
  LOG_LEVEL: 'warn',
  WEB_DIST_DIR: join(ROOT, 'dist/web-absent'),
  ...overrides,
});

/**
 * A built entry point (main.js, worker.js, cli/*.js) run as a child process, as deployed: its
 * output is kept for the test's messages and assertions, and it can be signalled and awaited.
 */
export class ProductionProcess {
  readonly output: string[] = [];
  private readonly child: ChildProcess;
  /** Settles once the process has exited and its output pipes are closed. */
  private readonly closed: Promise<unknown>;

  constructor(entry: string, args: string[], env: Record<string, string>) {
    this.child = spawn(process.execPath, [join(BUILT, entry), ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => this.output.push(chunk.toString());
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.closed = once(this.child, 'close');
  }

  get exitCode(): number | null {
    return this.child.exitCode;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  text(): string {
    return this.output.join('');
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Resolves with the exit code (null when a signal ended it), that signal, and how long it took. */
  async exited(
    withinMs: number,
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }> {
    const started = Date.now();
    if (this.running) {
      // Cancelled once the process exits, so no timer of it outlives the test run.
      const deadline = new AbortController();
      const timeout = delay(withinMs, undefined, { signal: deadline.signal }).then(() => {
        throw new Error(`did not exit within ${withinMs} ms:\n${this.text().slice(-3000)}`);
      });
      try {
        await Promise.race([once(this.child, 'exit'), timeout]);
      } finally {
        deadline.abort();
      }
    }
    return { code: this.child.exitCode, signal: this.child.signalCode, afterMs: Date.now() - started };
  }

  /** Kills it if it still runs; resolves once its pipes are closed too, so nothing of it outlives the test. */
  async stop(): Promise<void> {
    if (this.running) this.signal('SIGKILL');
    await this.closed;
  }
}

/** Runs a built command-line tool to its end; rejects with its output when it fails. */
export async function runCli(entry: string, args: string[], env: Record<string, string>): Promise<string> {
  const cli = new ProductionProcess(entry, args, env);
  const { code } = await cli.exited(120_000);
  if (code !== 0) throw new Error(`${entry} ${args.join(' ')} exited with ${code}:\n${cli.text()}`);
  return cli.text();
}

/** An API instance on its own port, started and waited for until /health/live answers. */
export async function startApi(env: Record<string, string>, port: number): Promise<ProductionProcess> {
  const api = new ProductionProcess('main.js', [], { ...env, PORT: String(port) });
  for (let attempt = 0; attempt < 900; attempt++) {
    if (!api.running) throw new Error(`The API exited at start:\n${api.text()}`);
    const live = await fetch(`http://127.0.0.1:${port}/health/live`).then(
      (response) => response.ok,
      () => false,
    );
    if (live) return api;
    await delay(100);
  }
  await api.stop();
  throw new Error(`The API did not answer /health/live within 90 s:\n${api.text()}`);
}

/**
 * A worker (`worker.js`), waited for until its jobs follow the registry: from then on it takes jobs
 * and has reconciled the schedules (the mail job's first run starts at once).
 */
export async function startWorker(env: Record<string, string>): Promise<ProductionProcess> {
  // Its start is told at the info level only.
  const worker = new ProductionProcess('worker.js', [], { ...env, LOG_LEVEL: 'info' });
  for (let attempt = 0; attempt < 900; attempt++) {
    if (!worker.running) throw new Error(`The worker exited at start:\n${worker.text()}`);
    if (worker.text().includes('follow the registry')) return worker;
    await delay(100);
  }
  await worker.stop();
  throw new Error(`The worker did not start within 90 s:\n${worker.text()}`);
}
