import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { describe, expect, it } from 'vitest';
import { decodePng, inkShare } from '../tests/setup/png';
import { parseExportArgs } from './export-args';
import { referenceFigurePng, referencePath } from './figure-reference';

function exportCli(...args: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'export-'));
  const result = spawnSync(
    'npx',
    ['tsx', 'scripts/export.ts', '--out', out, '--date', '2026-01-01', ...args],
    {
      encoding: 'utf8',
    },
  );
  const files = result.status === 0 ? readdirSync(out).sort() : [];
  return { ...result, out, files, read: (name: string) => readFileSync(join(out, name)) };
}

describe('parseExportArgs', () => {
  it('fills in the defaults', () => {
    expect(parseExportArgs(['--indicator', 'poverty-rate'], '2026-11-29')).toMatchObject({
      indicator: 'poverty-rate',
      region: 'CN-GZ',
      from: '2012',
      to: '2016',
      format: 'png',
      size: 'slide',
      lang: 'en',
      out: 'out',
      api: null,
      date: '2026-11-29',
    });
  });

  it('refuses what it does not know, saying what', () => {
    expect(() => parseExportArgs(['--indicator', 'x', '--size', 'huge'], '2026-11-29')).toThrow(
      '--size must be one of slide, document, square, not "huge"',
    );
    expect(() => parseExportArgs(['--region', 'CN'], '2026-11-29')).toThrow(
      '--indicator is required',
    );
    expect(() => parseExportArgs(['--indicator', 'x', '--colour', 'red'], '2026-11-29')).toThrow(
      /colour/,
    );
    expect(() =>
      parseExportArgs(['--indicator', 'x', '--api', 'file:///etc'], '2026-11-29'),
    ).toThrow(/--api/);
  });
});

// Each case starts the command line in its own process, as a user would.
describe('npm run export', { timeout: 60_000 }, () => {
  it('draws the events and the target in the SVG and lists them with their sources; --events off leaves the events out', () => {
    const args = [
      '--indicator',
      'poverty-rate',
      '--from',
      '2011',
      '--to',
      '2020',
      '--format',
      'svg',
    ];
    const marked = exportCli(...args);
    expect(marked.stderr).toBe('');
    const svg = marked.read('poverty-rate_CN-GZ_2011-2020_slide.svg').toString('utf8');
    const lines = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    expect(lines).toEqual(expect.arrayContaining(['1', '2', '3', '4', 'target 0 % by 2020']));
    const text = lines.join(' ');
    expect(text).toContain('Guizhou, target 0 % by 2020: achieved, 0 % in 2020.');
    expect(text).toContain(
      'Policy events: 1. 2013-11-03: Targeted poverty alleviation (China Daily, 2020-11-02)',
    );
    expect(text).toContain('Target set by CPC Central Committee and State Council');

    const unmarked = exportCli(...args, '--events', 'off');
    const plain = unmarked.read('poverty-rate_CN-GZ_2011-2020_slide.svg').toString('utf8');
    expect(plain).not.toContain('Policy events');
    expect(plain).toContain('target 0 % by 2020');
  });

  it('writes one SVG per indicator, with title, source and years, in English and Chinese', () => {
    const english = exportCli(
      '--indicator',
      'poverty-rate,villages-exited',
      '--region',
      'CN-GZ,CN',
      '--format',
      'svg',
    );
    expect(english.stderr).toBe('');
    expect(english.files).toEqual([
      'poverty-rate_CN-GZ-CN_2012-2016_slide.svg',
      'villages-exited_CN-GZ-CN_2012-2016_slide.svg',
    ]);
    const svg = english.read('poverty-rate_CN-GZ-CN_2012-2016_slide.svg').toString();
    expect(svg).toContain('<title>Rural poverty rate</title>');
    expect(svg).toContain('Source: China Daily, Big expectations from big data, 2017-12-18');
    expect(svg).toContain('2012–2016');
    expect(svg).toContain('Guizhou, 2012 to 2016: -16.2 pp · -60.4 % · -20.7 % a year');
    expect(svg).not.toMatch(/(href|src)="(?!#)/);

    expect(svg).not.toContain('Growth rates are shown as published');
    const growth = exportCli(
      '--indicator',
      'rural-ecommerce-growth',
      '--region',
      'CN',
      '--format',
      'svg',
    );
    const growthSvg = growth.read(growth.files[0] ?? '').toString();
    expect(growthSvg).toContain('Growth rates are shown as published');

    const chinese = exportCli('--indicator', 'poverty-rate', '--lang', 'zh-CN', '--format', 'svg');
    const zhSvg = chinese.read('poverty-rate_CN-GZ_2012-2016_slide.zh-CN.svg').toString();
    expect(zhSvg).toContain('<title>农村贫困发生率</title>');
    expect(zhSvg).toContain('-16.2个百分点');
  });

  it('writes PNGs at twice the preset size, with real Chinese glyphs in the title', () => {
    const english = exportCli('--indicator', 'poverty-rate', '--size', 'document');
    const png = decodePng(english.read('poverty-rate_CN-GZ_2012-2016_document.png'));
    expect([png.width, png.height]).toEqual([1600, 1200]);

    const chinese = exportCli('--indicator', 'poverty-rate', '--lang', 'zh-CN', '--size', 'slide');
    const zhPng = decodePng(chinese.read('poverty-rate_CN-GZ_2012-2016_slide.zh-CN.png'));
    expect([zhPng.width, zhPng.height]).toEqual([2400, 1350]);
    // The title's seven characters sit at the top left: glyphs leave ink there, missing fonts none.
    expect(inkShare(zhPng, 64, 60, 440, 140)).toBeGreaterThan(0.08);
    // and the area right of the title stays blank.
    expect(inkShare(zhPng, 1600, 60, 2300, 140)).toBe(0);
  });

  it('refuses bad arguments with the usage and a non-zero exit', () => {
    const result = exportCli('--indicator', 'poverty-rate', '--format', 'gif');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--format must be one of png, svg, csv, not "gif"');
    expect(result.stderr).toContain('Usage: npm run export');
  });

  it('refuses an unknown indicator instead of exporting another', () => {
    const result = exportCli('--indicator', 'poverty-rat');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--indicator: Unknown indicator "poverty-rat"');
  });
});

describe('the exported figure', () => {
  it('looks like the committed reference, within a small tolerance', () => {
    const expected = decodePng(readFileSync(referencePath));
    const actual = decodePng(referenceFigurePng());
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    const differing = pixelmatch(
      actual.data,
      expected.data,
      undefined,
      actual.width,
      actual.height,
      { threshold: 0.1 },
    );
    // A layout change moves thousands of pixels; anti-aliasing differences move a handful.
    expect(differing / (actual.width * actual.height)).toBeLessThan(0.002);
  });
});
