import { setTimeout as sleep } from 'node:timers/promises';
import type { LinkChecker } from '@socialkompas/safe-fetch';
import type { UrlCheck } from './link-check-progress.repository';

/** Checks in flight at once for one tenant's run; the checker also limits each host to its own few. */
const CONCURRENCY = 16;

export interface CheckUrlsOptions {
  /** Pauses before a failing URL is tried again. */
  retryDelaysMs: number[];
  /** Once aborted, no URL is started and no pause waited out; the checks in flight finish. */
  signal?: AbortSignal;
}

/**
 * Checks each URL once, a few at a time, and returns what was found for those it finished: all
 * of them, unless the signal aborted, when the ones not started or caught pausing between
 * attempts are left out (to be checked afresh by the run that resumes).
 */
export async function checkUrls(
  checker: LinkChecker,
  urls: string[],
  options: CheckUrlsOptions,
): Promise<UrlCheck[]> {
  const checks: UrlCheck[] = [];
  let next = 0;
  const worker = async () => {
    while (next < urls.length && !options.signal?.aborted) {
      const url = urls[next++];
      const check = await checkWithRetries(checker, url, options);
      if (check) checks.push(check);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, urls.length) }, worker));
  return checks;
}

/** One URL, retried with back-off while it fails, and after a short Retry-After; null when stopped. */
async function checkWithRetries(
  checker: LinkChecker,
  url: string,
  { retryDelaysMs, signal }: CheckUrlsOptions,
): Promise<UrlCheck | null> {
  let failures = 0;
  for (let attempt = 0; ; attempt++) {
    const result = await checker.check(url);
    const retryAfter = result.retryAfterSeconds;
    if (result.kind === 'unchecked' && retryAfter !== null && retryAfter <= 60 && attempt === 0) {
      if (!(await pause(retryAfter * 1000, signal))) return null;
      continue;
    }
    if (result.kind !== 'broken') return { url, result, failures };
    failures += 1;
    // A name that does not exist will not exist seconds later either; the next run asks again.
    if (attempt >= retryDelaysMs.length || result.lasting) return { url, result, failures };
    if (!(await pause(retryDelaysMs[attempt], signal))) return null;
  }
}

/** Waits `milliseconds`; false when the signal cut the wait short. */
async function pause(milliseconds: number, signal: AbortSignal | undefined): Promise<boolean> {
  try {
    await sleep(milliseconds, undefined, { signal });
    return true;
  } catch (error) {
    if (signal?.aborted) return false;
    throw error;
  }
}
