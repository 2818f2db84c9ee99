import { setFlagsFromString } from 'node:v8';

/** How much V8's old generation may grow past what survived the last full collection. */
const HEAP_GROWING_PERCENT = 50;

/**
 * Under steady traffic V8 lets the heap grow up to 4× what survives a collection before it
 * collects again: under editing (each edit a new search snapshot of its tenant) the API held
 * 440 MB for about 100 MB of live data. Growing by half at most kept it near 250 MB for about
 * 2 % of throughput (docs/benchmarks.md, "Soak"); it follows the live data, so a larger catalogue
 * still gets the room it needs. Called first thing at start; `--heap-growing-percent` given to
 * node itself wins.
 */
export function boundHeapGrowth(): void {
  if (process.execArgv.some((argument) => argument.startsWith('--heap-growing-percent'))) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
