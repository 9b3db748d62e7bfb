import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The layers of docs/architecture.md are held by the lint (Biome's noRestrictedImports, one
// override per folder in biome.json). Each case lints one file with one import, in a scratch copy
// of the project's lint configuration, so the test never writes into the source tree.

const biome = resolve('node_modules/.bin/biome');
let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'layers-'));
  const config = JSON.parse(readFileSync('biome.json', 'utf8'));
  // The scratch folder is no git checkout and has no node_modules beside it.
  config.vcs = { enabled: false };
  delete config.$schema;
  writeFileSync(join(scratch, 'biome.json'), JSON.stringify(config));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lintImport(file: string, specifier: string): { ok: boolean; output: string } {
  const path = join(scratch, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `import { thing } from '${specifier}';\n\nexport const used = thing;\n`);
  const result = spawnSync(biome, ['lint', file], { cwd: scratch, encoding: 'utf8' });
  rmSync(path);
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

describe('the lint holds the layers', () => {
  it.each([
    ['src/domain/probe.ts', '../charts/panel-option', 'src/domain/ is pure'],
    ['src/domain/probe.ts', '../features/panels/indicator-panel', 'src/domain/ is pure'],
    ['src/domain/probe.ts', '../api/client', 'src/domain/ is pure'],
    ['src/api/probe.ts', '../domain/panel-model', 'src/api/ fetches and parses'],
    ['src/i18n/probe.ts', '../domain/format', 'src/i18n/ is a base layer'],
    ['src/contract/probe.ts', '../domain/periods', 'src/contract/ is the base layer'],
    ['src/charts/probe.ts', '../features/panels/panel-content', 'src/charts/ draws models'],
    ['src/features/panels/probe.ts', '../export/export-menu', 'Features do not import each other'],
    ['src/features/export/probe.ts', '../../app/panel-grid', 'Only src/app/ puts features'],
    ['scripts/probe.ts', '../src/features/filters/use-filters', 'Command-line tools start'],
    ['server/probe.ts', '../src/api/client', 'The server, the mock and the fixtures'],
    ['src/app/probe.ts', '../render/render-page', 'src/render/ runs ahead of the browser'],
    ['src/charts/probe.ts', '../render/chart-snapshot', 'src/render/ runs ahead of the browser'],
  ])('refuses %s importing %s', (file, specifier, message) => {
    const result = lintImport(file, specifier);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(message);
  });

  it.each([
    ['src/domain/probe.ts', '../contract/periods'],
    ['src/domain/probe.ts', '../i18n/translate'],
    ['src/charts/probe.ts', '../domain/panel-model'],
    ['src/features/panels/probe.ts', '../../charts/e-chart'],
    ['src/app/probe.ts', '../features/export/export-menu'],
    ['scripts/probe.ts', '../src/api/client'],
    ['src/render/probe.ts', '../app/app'],
  ])('allows %s importing %s', (file, specifier) => {
    const result = lintImport(file, specifier);
    expect(result.output).not.toContain('noRestrictedImports');
    expect(result.ok).toBe(true);
  });
});
