import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

/**
 * A process with 400,000 live objects that replaces medium-lived ones 30,000 times over, as the API
 * under editing replaces snapshots and cached answers: the most heap it held, in MB.
 */
function peakHeapMb(options: { bound: boolean; nodeFlags?: string[] }): number {
  const script = `
    ${options.bound ? "require('./apps/api/src/heap-growth').boundHeapGrowth();" : ''}
    const live = Array.from({ length: 400000 }, (_, i) => ({ i, s: 'x' + i, a: [i, i + 1] }));
    const ring = new Array(2000);
    let peak = 0;
    for (let n = 0; n < 30000; n++) {
      ring[n % ring.length] = Array.from({ length: 200 }, (_, i) => ({ i, s: 'y' + i }));
      if (n % 200 === 0) peak = Math.max(peak, process.memoryUsage().heapTotal);
    }
    console.log(JSON.stringify({ peak: peak / 2 ** 20, live: live.length }));`;
  const run = spawnSync(
    process.execPath,
    [...(options.nodeFlags ?? []), '-r', '@swc-node/register', '-e', script],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
  );
  if (run.status !== 0) throw new Error(`the churning process failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '').peak;
}

describe('the bound on heap growth (API and worker)', () => {
  it('keeps the heap near what is live, where V8 alone lets it grow to twice that and more', () => {
    const unbounded = peakHeapMb({ bound: false });
    const bounded = peakHeapMb({ bound: true });
    expect(bounded).toBeLessThan(unbounded * 0.7);
  });

  it('leaves a --heap-growing-percent given to node alone', () => {
    const unbounded = peakHeapMb({ bound: false });
    const overridden = peakHeapMb({ bound: true, nodeFlags: ['--heap-growing-percent=300'] });
    expect(overridden).toBeGreaterThan(unbounded * 0.7);
  });
});
