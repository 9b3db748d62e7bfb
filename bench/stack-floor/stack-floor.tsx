// The benchmark's stack floor draws the floor's three charts (bench/floor) through the app's own
// stack and nothing else. React renders a component per chart, TanStack Query fetches its
// series, and MSW's service worker answers. As in the app, everything starts at once: the chart
// code and the mock's code load in chunks of their own while React renders, the worker registers
// meanwhile, and only the requests wait for the mock. With `?mock=off` the series are fetched as
// static files instead, and no MSW code is loaded. None of the app is here: no configuration,
// catalogue, URL state, validation or translations.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { lineOption, markDrawnOnce, series } from '../floor/series';

const chartsReady = import('./echarts');

function startMock(): Promise<void> {
  navigator.serviceWorker?.register('/mockServiceWorker.js').catch(() => {});
  return import('./mock').then(({ startMock }) => startMock());
}

const mockReady =
  new URLSearchParams(window.location.search).get('mock') === 'off' ? null : startMock();

const seriesUrl = (id: string) => `/series/${id}.json`;

function Chart({ id }: { id: string }) {
  const { data } = useQuery({
    queryKey: ['series', id],
    queryFn: async (): Promise<(number | null)[][]> => {
      await mockReady;
      return (await fetch(seriesUrl(id))).json();
    },
  });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || !data) return;
    let current = true;
    let dispose = () => {};
    void chartsReady.then(({ init }) => {
      if (!current) return;
      const chart = init(element, null, { renderer: 'svg' });
      dispose = () => chart.dispose();
      chart.on('finished', () => markDrawnOnce(element));
      chart.setOption(lineOption(data));
    });
    return () => {
      current = false;
      dispose();
    };
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
