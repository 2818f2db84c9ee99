#!/usr/bin/env node
/**
 * `npm test`: runs every test runner of the workspace (the Jest projects, then the fault suite of
 * jest.faults.config.js) and ends with one line of totals, `N passed, N failed`, over all of them.
 * Exits non-zero if any runner failed. `--faults-only` (`npm run test:faults`) runs the fault
 * suite alone; other arguments go to the first runner.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reportDir = mkdtempSync(join(tmpdir(), 'socialkompas-test-'));
const faultsOnly = process.argv.includes('--faults-only');
const extraArgs = process.argv.slice(2).filter((argument) => argument !== '--faults-only');

function runJest(name, args) {
  const outputFile = join(reportDir, `${name}.json`);
  const { status } = spawnSync('npx', ['jest', '--json', `--outputFile=${outputFile}`, ...args], {
    stdio: 'inherit',
    // ES-module-only dependencies (oidc-provider, jose) are loaded with a native import().
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
    },
  });
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    // A suite that fails to load counts as a failure even though none of its tests ran.
    const brokenSuites = report.numRuntimeErrorTestSuites ?? 0;
    return { passed: report.numPassedTests, failed: report.numFailedTests + brokenSuites, ok: status === 0 };
  } catch {
    return { passed: 0, failed: 1, ok: false };
  }
}

const faults = (args) => runJest('faults', ['--config', 'jest.faults.config.js', ...args]);
// Arguments that pick tests (a path, -t) go to the suite asked for; with them `npm test` runs the
// main suite only.
const results = faultsOnly
  ? [faults(extraArgs)]
  : extraArgs.length > 0
    ? [runJest('jest', extraArgs)]
    : [runJest('jest', []), faults([])];
rmSync(reportDir, { recursive: true, force: true });

const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((result) => result.ok) && failed === 0 ? 0 : 1);
