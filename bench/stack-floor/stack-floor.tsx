// The benchmark's stack floor: the floor's three charts (bench/floor) drawn through the app's own
// stack and nothing else: React renders a component per chart, TanStack Query fetches its
// series, and MSW's service worker answers. Everything starts at once: the worker registers and
// MSW's code loads while React renders, and only the requests wait for the mock. With
// `?mock=off` the series are fetched as static files instead, and no MSW code is loaded. None of
// the app is here: no configuration, catalogue, URL state, validation or translations.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { lineOption, markDrawnOnce, series } from '../floor/series';

echarts.use([LineChart, GridComponent, SVGRenderer]);

const seriesUrl = (id: string) => `/series/${id}.json`;

async function startMock() {
  navigator.serviceWorker?.register('/mockServiceWorker.js').catch(() => {});
  const [{ setupWorker }, { http, HttpResponse }] = await Promise.all([
    import('msw/browser'),
    import('msw'),
  ]);
  const worker = setupWorker(
    http.get('/series/:file', ({ params }) =>
      HttpResponse.json(series[String(params.file).replace(/\.json$/, '')] ?? null),
    ),
  );
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
}

const mockReady =
  new URLSearchParams(window.location.search).get('mock') === 'off' ? null : startMock();

function Chart({ id }: { id: string }) {
  const { data } = useQuery({
    queryKey: ['series', id],
    queryFn: async (): Promise<(number | null)[]> => {
      await mockReady;
      return (await fetch(seriesUrl(id))).json();
    },
  });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || !data) return;
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chart.on('finished', () => markDrawnOnce(element));
    chart.setOption(lineOption(data));
    return () => chart.dispose();
  }, [data]);
  return <div className="chart" ref={ref} />;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <QueryClientProvider client={new QueryClient()}>
      {Object.keys(series).map((id) => (
        <Chart key={id} id={id} />
      ))}
    </QueryClientProvider>,
  );
}
