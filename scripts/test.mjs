#!/usr/bin/env node
// Runs every check and test: type check, lint, unit and component tests (Vitest), browser tests
// (Playwright in Chromium). Every stage runs even when an earlier one fails. The last line,
// "tests: N passed, M failed[, K skipped]", counts the tests from Vitest's and Playwright's own
// JSON reports, plus one for each static check (type check, lint) and one for a runner that
// failed outside any test, so it never reads "0 failed" when the run failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const reportDir = 'test-results';
const vitestReport = `${reportDir}/unit-report.json`;
const playwrightReport = `${reportDir}/e2e-report.json`;

const tally = { passed: 0, failed: 0, skipped: 0, failures: [] };

function run(label, args) {
  console.log(`\n── ${label}: npx ${args.join(' ')}`);
  return spawnSync('npx', args, { stdio: 'inherit', env: process.env }).status === 0;
}

function fail(label) {
  tally.failed += 1;
  tally.failures.push(label);
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

for (const [label, args] of [
  ['type check', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', ['biome', 'check', '.']],
]) {
  if (run(label, args)) tally.passed += 1;
  else fail(label);
}

const vitestOk = run('unit and component tests', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const vitest = readJson(vitestReport);
if (vitest) {
  tally.passed += vitest.numPassedTests;
  tally.failed += vitest.numFailedTests;
  tally.skipped += vitest.numPendingTests + vitest.numTodoTests;
  if (!vitestOk && vitest.numFailedTests === 0) fail('vitest (failed outside a test)');
} else {
  fail('vitest (no report)');
}

const playwrightOk = run('browser tests', ['playwright', 'test']);
const playwright = readJson(playwrightReport);
if (playwright?.stats) {
  tally.passed += playwright.stats.expected + playwright.stats.flaky;
  tally.failed += playwright.stats.unexpected;
  tally.skipped += playwright.stats.skipped;
  if (!playwrightOk && playwright.stats.unexpected === 0)
    fail('playwright (failed outside a test)');
} else {
  fail('playwright (no report)');
}

if (tally.failures.length > 0) console.log(`\nfailed: ${tally.failures.join(', ')}`);
const skipped = tally.skipped > 0 ? `, ${tally.skipped} skipped` : '';
console.log(`\ntests: ${tally.passed} passed, ${tally.failed} failed${skipped}`);
process.exit(tally.failed > 0 ? 1 : 0);
