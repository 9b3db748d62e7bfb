#!/usr/bin/env node
// Runs every check and test: type check, lint, unit and component tests (Vitest), browser tests
// (Playwright in Chromium). Every stage runs even when an earlier one fails, and the last line
// counts the tests from the runners' own JSON reports: "tests: N passed, M failed[, K skipped]".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reportDir = 'test-results';
const vitestReport = `${reportDir}/unit-report.json`;
const playwrightReport = `${reportDir}/e2e-report.json`;

function run(label, command, args) {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

rmSync(vitestReport, { force: true });
rmSync(playwrightReport, { force: true });
mkdirSync(reportDir, { recursive: true });

const failedChecks = [];
if (!run('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']))
  failedChecks.push('type check');
if (!run('lint', 'npx', ['biome', 'check', '.'])) failedChecks.push('lint');

let passed = 0;
let failed = 0;
let skipped = 0;

const vitestOk = run('unit and component tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const vitest = readJson(vitestReport);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  if (!vitestOk && vitest.numFailedTests === 0) failedChecks.push('vitest (failed outside a test)');
} else {
  failedChecks.push('vitest (no report)');
}

const playwrightOk = run('browser tests', 'npx', ['playwright', 'test']);
const playwright = existsSync(playwrightReport) ? readJson(playwrightReport) : null;
if (playwright?.stats) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  skipped += playwright.stats.skipped;
  if (!playwrightOk && playwright.stats.unexpected === 0)
    failedChecks.push('playwright (failed outside a test)');
} else {
  failedChecks.push('playwright (no report)');
}

if (failedChecks.length > 0) console.log(`\nfailed checks: ${failedChecks.join(', ')}`);
console.log(
  `\ntests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`,
);
process.exit(failed > 0 || failedChecks.length > 0 ? 1 : 0);
