import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../fixtures/catalog';
import { mockServer } from '../../../mocks/node';
import { fixtureIndicator, fixtureRegion } from '../../../tests/setup/fixture-lookup';
import { withMockApi } from '../../../tests/setup/mock-api';
import { buildPanelModel } from '../../domain/panel-model';
import { panelView } from '../../domain/panel-view';
import { type CsvProgress, downloadCsv, ExportProblem } from './export-actions';

withMockApi();

// The CSV of a thinned panel is its data file, read as it streams. Here the panel is Guizhou's
// poverty rate, marked as thinned so that it takes that road; the mock answers its data file.
const drawn = buildPanelModel(
  panelView({
    indicator: fixtureIndicator('poverty-rate'),
    regions: [fixtureRegion('CN-GZ')],
    shownStatuses: ['estimated', 'derived'],
    countView: 'as-published',
    fromYear: 2012,
    toYear: 2016,
  }),
  fixtureCatalog.series,
  'en',
);
const thinned = { ...drawn, thinned: true };

async function problemOf(promise: Promise<unknown>): Promise<ExportProblem> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExportProblem) return error;
    throw error;
  }
  throw new Error('expected the export to fail');
}

/** A data file of `rows` lines after the header, sent `pauseMs` apart, that says it holds `total`. */
function slowFile(rows: number, total: number, pauseMs = 0) {
  return http.get('*/api/v1/observations.csv', () => {
    let sent = -1;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await delay(pauseMs);
        sent += 1;
        if (sent > rows) controller.close();
        else
          controller.enqueue(
            new TextEncoder().encode(sent === 0 ? 'header\r\n' : `row ${sent}\r\n`),
          );
      },
    });
    return new HttpResponse(body, { headers: { 'X-Total-Count': String(total) } });
  });
}

describe('the CSV of a thinned panel', () => {
  it('refuses a data file that ends before the rows it said it holds, and saves nothing', async () => {
    mockServer.use(slowFile(5, 6));
    const seen: CsvProgress[] = [];
    const problem = await problemOf(
      downloadCsv(
        { model: thinned, locale: 'en' },
        { signal: new AbortController().signal, onProgress: (progress) => seen.push(progress) },
      ),
    );
    expect(problem.key).toBe('export.csvShort');
    expect(problem.params).toEqual({ rows: '5', total: '6' });
    expect(seen.at(-1)).toEqual({ rows: 5, total: 6 });
  });

  it('stops when cancelled, and says so', async () => {
    mockServer.use(slowFile(1000, 1000, 20));
    const cancel = new AbortController();
    const problem = await problemOf(
      downloadCsv(
        { model: thinned, locale: 'en' },
        { signal: cancel.signal, onProgress: () => setTimeout(() => cancel.abort(), 50) },
      ),
    );
    expect(problem.key).toBe('export.cancelled');
  });

  it('says why when the data service refuses the file', async () => {
    const problem = await problemOf(
      downloadCsv(
        {
          model: { ...thinned, view: { ...thinned.view, fromYear: 2016, toYear: 2012 } },
          locale: 'en',
        },
        { signal: new AbortController().signal, onProgress: () => {} },
      ),
    );
    expect(problem.key).toBe('export.csvFailed');
    expect(problem.params.reason).toMatch(/from: must not be after to/);
  });
});
