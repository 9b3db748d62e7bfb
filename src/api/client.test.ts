import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { mockServer } from '../../mocks/node';
import { withMockApi } from '../../tests/setup/mock-api';
import { indicatorsResponseSchema } from '../contract/schemas';
import { ApiError } from './api-error';
import { apiGet, apiGetStream, holdRequestsUntil } from './client';
import { getIndicators } from './get-indicators';
import { getObservations } from './get-observations';
import { getObservationsCsv } from './get-observations-csv';

withMockApi();

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('the API client', () => {
  it('returns parsed observations for a query', async () => {
    const series = await getObservations({
      indicatorIds: ['poverty-rate'],
      regionIds: ['CN-GZ'],
      fromYear: 2012,
      toYear: 2013,
    });
    expect(series).toEqual([
      expect.objectContaining({
        indicatorId: 'poverty-rate',
        regionId: 'CN-GZ',
        points: [
          expect.objectContaining({ period: '2012', value: 26.8 }),
          expect.objectContaining({ period: '2013', value: 20.6 }),
        ],
      }),
    ]);
  });

  it('turns a 404 problem into an http error carrying its detail', async () => {
    const error = await failure(getObservations({ indicatorIds: ['nope'], regionIds: [] }));
    expect(error.kind).toBe('http');
    expect(error.details.status).toBe(404);
    expect(error.message).toBe('unknown indicator: nope');
  });

  it('refuses a response that breaks the contract, naming the path', async () => {
    mockServer.use(
      http.get('*/api/v1/indicators', () => HttpResponse.json({ data: [{ id: 'Not Kebab' }] })),
    );
    const error = await failure(getIndicators());
    expect(error.kind).toBe('invalid-response');
    expect(error.details.issues).toContain('data[0].id: expected a kebab-case id');
  });

  it('refuses periods out of order', async () => {
    mockServer.use(
      http.get('*/api/v1/observations', () =>
        HttpResponse.json({
          data: [
            {
              indicatorId: 'poverty-rate',
              regionId: 'CN-GZ',
              points: [
                { period: '2013', value: 1, status: 'reported', sourceId: 'a' },
                { period: '2012', value: 2, status: 'reported', sourceId: 'a' },
              ],
            },
          ],
        }),
      ),
    );
    const error = await failure(
      getObservations({ indicatorIds: ['poverty-rate'], regionIds: ['CN-GZ'] }),
    );
    expect(error.details.issues?.[0]).toBe(
      'data[0].points[1].period: expected periods in increasing order, each once; "2012" follows "2013"',
    );
  });

  it('reports a network failure as such', async () => {
    mockServer.use(http.get('*/api/v1/indicators', () => HttpResponse.error()));
    const error = await failure(getIndicators());
    expect(error.kind).toBe('network');
  });

  it('gives up on a request that takes too long, as a timeout', async () => {
    mockServer.use(
      http.get('*/api/v1/indicators', async () => {
        await delay(500);
        return HttpResponse.json({ data: [] });
      }),
    );
    const error = await failure(apiGet('/indicators', indicatorsResponseSchema, { timeoutMs: 50 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('The data service did not answer within 0.05 s.');
  });

  it('times only the headers of a file, however long its body takes to arrive', async () => {
    // Headers at once, then three parts 40 ms apart: longer in all than the 50 ms timeout.
    mockServer.use(
      http.get('*/api/v1/observations.csv', () => {
        const parts = ['a\r\n', 'b\r\n', 'c\r\n'];
        const body = new ReadableStream<Uint8Array>({
          async pull(controller) {
            await delay(40);
            const part = parts.shift();
            if (part) controller.enqueue(new TextEncoder().encode(part));
            else controller.close();
          },
        });
        return new HttpResponse(body, { headers: { 'X-Total-Count': '3' } });
      }),
    );
    const response = await apiGetStream('/observations.csv', 'text/csv', { timeoutMs: 50 });
    expect(await response.text()).toBe('a\r\nb\r\nc\r\n');
  });

  it('gives up on a file whose headers take too long, as a timeout', async () => {
    mockServer.use(
      http.get('*/api/v1/observations.csv', async () => {
        await delay(500);
        return HttpResponse.text('');
      }),
    );
    const error = await failure(apiGetStream('/observations.csv', 'text/csv', { timeoutMs: 50 }));
    expect(error.kind).toBe('timeout');
  });

  it('refuses a data file that does not say how many rows it holds', async () => {
    mockServer.use(http.get('*/api/v1/observations.csv', () => HttpResponse.text('a\r\n')));
    const error = await failure(
      getObservationsCsv(
        { indicatorIds: ['poverty-rate'], regionIds: [], lang: 'en' },
        new AbortController().signal,
      ),
    );
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toBe('The data file came without its number of rows.');
  });

  it('lets the caller cancel a request without calling it a failure', async () => {
    mockServer.use(
      http.get('*/api/v1/indicators', async () => {
        await delay(500);
        return HttpResponse.json({ data: [] });
      }),
    );
    const controller = new AbortController();
    const request = getIndicators(controller.signal);
    controller.abort();
    await expect(request).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reports a body that is not JSON', async () => {
    mockServer.use(
      http.get('*/api/v1/indicators', () => HttpResponse.text('<html>proxy error</html>')),
    );
    const error = await failure(getIndicators());
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toMatch(/not JSON/);
  });

  it('holds requests until the mock API has started, then sends them', async () => {
    let started = () => {};
    holdRequestsUntil(new Promise<void>((resolve) => (started = resolve)));
    const sent: string[] = [];
    const record = ({ request }: { request: Request }) => sent.push(request.url);
    mockServer.events.on('request:start', record);
    try {
      const request = getIndicators();
      await delay(50);
      expect(sent).toEqual([]);
      started();
      expect((await request).length).toBeGreaterThan(0);
      expect(sent).toEqual([expect.stringMatching(/\/api\/v1\/indicators$/)]);
    } finally {
      mockServer.events.removeListener('request:start', record);
      holdRequestsUntil(Promise.resolve());
    }
  });

  it('fails each request with an error saying why, when the mock API did not start', async () => {
    holdRequestsUntil(Promise.reject(new Error('Service workers are blocked')));
    try {
      const error = await failure(getIndicators());
      expect(error.kind).toBe('mock-unavailable');
      expect(error.message).toBe(
        'The mock data service did not start: Service workers are blocked',
      );
    } finally {
      holdRequestsUntil(Promise.resolve());
    }
  });
});
