/**
 * Jest's own order (what failed last time first, then the slowest first by the last run's
 * timings, else the largest file first), except that a browser test file with no timing yet (a
 * clean clone, CI) goes first: those are by far the longest, and one started late ends the run
 * on a single worker while the others have nothing left to do.
 */
const TestSequencer = require('@jest/test-sequencer').default;

const untimedBrowserTest = (test) =>
  test.duration == null && test.context.config.displayName?.name === 'web-browser';

class BrowserTestsFirst extends TestSequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    return [...sorted.filter(untimedBrowserTest), ...sorted.filter((test) => !untimedBrowserTest(test))];
  }
}

module.exports = BrowserTestsFirst;
