/**
 * Merges runs that are each sorted already into one order, two runs at a time: O(n · log runs),
 * where sorting afresh costs O(n · log n) comparisons of a callback. The items are 0 .. n-1;
 * run r holds items `bounds[r] .. bounds[r + 1] - 1`, in order. `precedes(a, b)` is the order.
 */
export function mergeSortedRuns(bounds: number[], precedes: (a: number, b: number) => boolean): Uint32Array {
  const total = bounds[bounds.length - 1] ?? 0;
  let order = new Uint32Array(total);
  for (let item = 0; item < total; item += 1) order[item] = item;
  let buffer = new Uint32Array(total);
  let runs = bounds;
  while (runs.length > 2) {
    const merged = [0];
    for (let run = 0; run + 1 < runs.length; run += 2) {
      const end = runs[Math.min(run + 2, runs.length - 1)];
      let left = runs[run];
      const leftEnd = runs[run + 1];
      let right = leftEnd;
      let out = runs[run];
      while (left < leftEnd && right < end) {
        buffer[out++] = precedes(order[right], order[left]) ? order[right++] : order[left++];
      }
      while (left < leftEnd) buffer[out++] = order[left++];
      while (right < end) buffer[out++] = order[right++];
      merged.push(end);
    }
    [order, buffer] = [buffer, order];
    runs = merged;
  }
  return order;
}
