import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setApiBaseUrl } from '../src/api/client';
import { getEvents } from '../src/api/get-events';
import { getIndicators } from '../src/api/get-indicators';
import { getObservations } from '../src/api/get-observations';
import { getRegions } from '../src/api/get-regions';
import { composeFigureSvg, figureFileName } from '../src/charts/figure';
import { panelCsv } from '../src/domain/csv';
import { localIsoDate } from '../src/domain/dates';
import { filtersQueryString, resolveFilters } from '../src/domain/filter-state';
import { buildPanelModel } from '../src/domain/panel-model';
import { panelRequest, panelViews, wholeRequest } from '../src/domain/panel-view';
import { type ExportArgs, parseExportArgs, usage } from './export-args';
import { renderPng } from './render-png';

/**
 * `npm run export` writes the dashboard's composed figures and CSV from the command line, through
 * the same API client, panel model and figure builder as the browser. Without --api it serves the
 * fixtures through the mock API (msw/node).
 */

async function connect(api: string | null): Promise<() => void> {
  if (api) {
    setApiBaseUrl(api);
    return () => {};
  }
  const { mockServer } = await import('../mocks/node');
  mockServer.listen({ onUnhandledRequest: 'error' });
  setApiBaseUrl('http://mock.invalid/api/v1');
  return () => mockServer.close();
}

async function exportFigures(args: ExportArgs): Promise<string[]> {
  // Unlike the page, an export does not go on without the events: a figure must not quietly leave
  // out what the same view shows on screen.
  const [indicators, regions, events] = await Promise.all([
    getIndicators(),
    getRegions(),
    getEvents(),
  ]);
  const { filters, notices } = resolveFilters(
    {
      indicator: args.indicator,
      region: args.region,
      from: args.from,
      to: args.to,
      show: args.show,
      counts: args.counts,
      events: args.events,
    },
    { indicators, regions },
  );
  // The dashboard falls back to defaults and says so, but a script must not quietly export
  // something other than what it was asked for, so any notice is an error here.
  if (notices.length > 0)
    throw new Error(notices.map((notice) => `--${notice.parameter}: ${notice.problem}`).join('\n'));
  const query = `${filtersQueryString(filters)}${args.lang === 'en' ? '' : `&lang=${args.lang}`}`;
  mkdirSync(args.out, { recursive: true });
  const written: string[] = [];
  const catalog = { indicators, regions, events: events.data, eventSources: events.sources };
  for (const view of panelViews(filters, catalog)) {
    // A CSV holds every observation, so it asks for the whole view. A figure needs no more points
    // than it can draw, so it asks for what a panel draws.
    const request = args.format === 'csv' ? wholeRequest(view) : panelRequest(view);
    const model = buildPanelModel(view, await getObservations(request), args.lang);
    const base = join(
      args.out,
      `${figureFileName(model, args.format === 'csv' ? null : args.size)}${args.lang === 'en' ? '' : `.${args.lang}`}`,
    );
    if (args.format === 'csv') {
      writeFileSync(`${base}.csv`, panelCsv(model, args.lang));
      written.push(`${base}.csv`);
      continue;
    }
    const svg = composeFigureSvg(model, {
      locale: args.lang,
      size: args.size,
      viewPath: `/?${query}`,
      exportDate: args.date,
    });
    if (args.format === 'svg') {
      writeFileSync(`${base}.svg`, svg);
      written.push(`${base}.svg`);
    } else {
      writeFileSync(`${base}.png`, renderPng(svg, args.size, args.fonts));
      written.push(`${base}.png`);
    }
  }
  return written;
}

async function main(): Promise<number> {
  let args: ExportArgs | 'help';
  try {
    args = parseExportArgs(process.argv.slice(2), localIsoDate());
  } catch (error) {
    console.error(`export: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (args === 'help') {
    console.log(usage);
    return 0;
  }
  const disconnect = await connect(args.api);
  try {
    for (const file of await exportFigures(args)) console.log(`wrote ${file}`);
    return 0;
  } catch (error) {
    console.error(`export: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    disconnect();
  }
}

process.exitCode = await main();
