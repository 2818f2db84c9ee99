import { mergeSortedRuns } from './merge-sorted-runs';

describe('mergeSortedRuns', () => {
  it('gives the order a full sort gives, for any number of runs, stable between runs', () => {
    for (const runCount of [0, 1, 2, 3, 7, 64]) {
      const values: number[] = [];
      const bounds = [0];
      for (let run = 0; run < runCount; run += 1) {
        const length = (run * 37) % 11;
        const start = values.length;
        for (let index = 0; index < length; index += 1) values.push(((run * 7919 + index * 104729) % 50) / 5);
        values.splice(start, length, ...values.slice(start).sort((a, b) => a - b));
        bounds.push(values.length);
      }
      const order = mergeSortedRuns(bounds, (a, b) => values[a] < values[b]);
      const expected = values.map((_value, item) => item).sort((a, b) => values[a] - values[b] || a - b);
      expect(Array.from(order)).toEqual(expected);
    }
  });
});
