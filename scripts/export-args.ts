import { parseArgs } from 'node:util';
import type { FigureSize } from '../src/charts/figure-sizes';
import type { Locale } from '../src/i18n/locale';

/**
 * Reads and checks the command-line arguments of `npm run export`. The code is pure, so that it can
 * be tested without starting a process.
 */

export const usage = `Usage: npm run export -- --indicator ID[,ID...] [options]

Writes the composed figure (or the CSV) of each indicator, one file each, as the dashboard's
export menu does.

Options:
  --indicator ID[,ID...]   indicators to export (required), e.g. poverty-rate
  --region ID[,ID...]      regions (default CN-GZ), e.g. CN-GZ,CN
  --from YEAR --to YEAR    years (default 2012 to 2016)
  --format png|svg|csv     what to write (default png)
  --size slide|document|square
                           slide 1200x675, document 800x600, square 1080x1080 (default slide);
                           a PNG has twice these pixels
  --lang en|zh-CN          language of the figure's text (default en)
  --show STATUS[,STATUS]   statuses shown besides reported (default estimated,derived;
                           "none" for reported only)
  --counts ID:VIEW[,...]   re-express counts, e.g. villages-exited:per-period
  --events on|off          mark the policy events on the charts (default on)
  --out DIR                output folder (default out/)
  --api URL                read a backend, e.g. http://127.0.0.1:8787/api/v1
                           (default: the fixtures, through the mock API)
  --date YYYY-MM-DD        export date printed on the figure (default today)
  --font FILE[,FILE]       font files for PNG text (default: Noto Sans CJK from fonts-noto-cjk)
  --help                   this text`;

export interface ExportArgs {
  indicator: string;
  region: string;
  from: string;
  to: string;
  show: string;
  counts: string | null;
  events: 'on' | 'off';
  format: 'png' | 'svg' | 'csv';
  size: FigureSize;
  lang: Locale;
  out: string;
  api: string | null;
  date: string;
  fonts: string[];
}

export const defaultFonts = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
];

const choices = {
  format: ['png', 'svg', 'csv'],
  size: ['slide', 'document', 'square'],
  lang: ['en', 'zh-CN'],
  events: ['on', 'off'],
} as const;

function oneOf<K extends keyof typeof choices>(
  name: K,
  value: string,
): (typeof choices)[K][number] {
  const allowed: readonly string[] = choices[name];
  if (!allowed.includes(value))
    throw new Error(`--${name} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as (typeof choices)[K][number];
}

/** Returns the arguments, "help", or throws an Error whose message says what is wrong. */
export function parseExportArgs(argv: string[], today: string): ExportArgs | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      indicator: { type: 'string' },
      region: { type: 'string', default: 'CN-GZ' },
      from: { type: 'string', default: '2012' },
      to: { type: 'string', default: '2016' },
      show: { type: 'string', default: 'estimated,derived' },
      counts: { type: 'string' },
      events: { type: 'string', default: 'on' },
      format: { type: 'string', default: 'png' },
      size: { type: 'string', default: 'slide' },
      lang: { type: 'string', default: 'en' },
      out: { type: 'string', default: 'out' },
      api: { type: 'string' },
      date: { type: 'string', default: today },
      font: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"`);
  if (!values.indicator) throw new Error('--indicator is required');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    throw new Error(`--date must be YYYY-MM-DD, not "${values.date}"`);
  if (values.api !== undefined && !/^https?:\/\//.test(values.api)) {
    throw new Error(`--api must be an http or https URL, not "${values.api}"`);
  }
  return {
    indicator: values.indicator,
    region: values.region,
    from: values.from,
    to: values.to,
    show: values.show === 'none' ? 'reported' : `reported,${values.show}`,
    counts: values.counts ?? null,
    events: oneOf('events', values.events),
    format: oneOf('format', values.format),
    size: oneOf('size', values.size),
    lang: oneOf('lang', values.lang),
    out: values.out,
    api: values.api ?? null,
    date: values.date,
    fonts: values.font ? values.font.split(',') : defaultFonts,
  };
}
