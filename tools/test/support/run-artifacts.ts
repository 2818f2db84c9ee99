import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '../../..');
const BUILD_WAIT_MS = 120_000;

/**
 * What a test run builds once for all its test files (the compiled workspace, the built web
 * client) lives in dist/test-build/<the run's database>/, which git and ESLint ignore. The global
 * teardown removes it.
 */
export function runArtifactsDir(runDatabase: string): string {
  return join(ROOT, 'dist', 'test-build', runDatabase);
}

function runDatabase(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the tests through `npm test`.');
  return new URL(url).pathname.slice(1);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The folder `name` of this run, built by `build(folder)` the first time any test file asks for
 * it. Test files asking at the same time wait for that one build (a lock folder beside it) instead
 * of building it again.
 */
export function buildOncePerRun(name: string, build: (folder: string) => void): string {
  const folder = join(runArtifactsDir(runDatabase()), name);
  const lock = `${folder}.lock`;
  mkdirSync(dirname(folder), { recursive: true });
  const deadline = Date.now() + BUILD_WAIT_MS;
  while (!existsSync(folder)) {
    try {
      mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() > deadline) throw new Error(`Waited too long for another test file to build ${folder}.`);
      sleepSync(100);
      continue;
    }
    try {
      const partial = `${folder}.partial`;
      rmSync(partial, { recursive: true, force: true });
      build(partial);
      renameSync(partial, folder);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return folder;
}

/**
 * The node arguments that run a workspace TypeScript file as `node -r @swc-node/register <file>`
 * does, but from the run's compiled copy (tools/test/compile-workspace.js), so a test that starts
 * the CLIs or the API as child processes does not have every child load TypeScript and read
 * tsconfig.json and the transform cache again. E.g. `nodeArgsFor('apps/api/src/cli/migrate.cli.ts')`.
 */
export function nodeArgsFor(file: string): string[] {
  const workspace = buildOncePerRun('workspace', (folder) => {
    const compiled = spawnSync(process.execPath, [join(ROOT, 'tools/test/compile-workspace.js'), folder], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (compiled.status !== 0) throw new Error(`Compiling the workspace failed:\n${compiled.stderr}`);
  });
  return [join(workspace, file.replace(/\.ts$/, '.js'))];
}
