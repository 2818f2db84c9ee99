import { setTimeout as delay } from 'node:timers/promises';

/** Polls until `check` holds, or fails naming what was last seen. */
export async function eventually<T>(
  what: string,
  read: () => Promise<T>,
  check: (value: T) => boolean,
  withinMs: number,
): Promise<T> {
  const deadline = Date.now() + withinMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read().catch(() => undefined);
    if (last !== undefined && check(last)) return last;
    await delay(200);
  }
  throw new Error(`${what} not reached within ${withinMs} ms; last seen: ${JSON.stringify(last)}`);
}
