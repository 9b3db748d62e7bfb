import type { DehydratedState } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { askMockApi } from '../../mocks/in-process';
import { AppRoot } from '../app/app-root';
import { firstViewStateId, hydrateFirstView } from '../app/first-view';
import { createQueryClient } from '../app/query-client';
import { snapshotsOnPage } from '../charts/chart-snapshots';
import { type FetchApi, renderPage } from './render-page';

const template =
  '<!doctype html><html lang="en"><head><title>t</title></head><body><div id="root"></div></body></html>';

const render = (url: string, options: { cookie?: string; fetchApi?: FetchApi } = {}) =>
  renderPage({
    url,
    cookie: options.cookie ?? '',
    fetchApi: options.fetchApi ?? askMockApi,
    source: 'mock',
    template,
  });

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function stateOf(page: Document): DehydratedState {
  return JSON.parse(page.getElementById(firstViewStateId)?.textContent ?? 'null');
}

describe('a page rendered ahead of the browser', () => {
  it('holds the default view drawn: numbers, sources, statuses, a snapshot per chart in both themes', async () => {
    const page = parse(await render('/'));
    const root = page.getElementById('root');
    expect(root?.hasAttribute('data-rendered')).toBe(true);
    const panels = [...page.querySelectorAll('section.panel')];
    expect(panels.map((panel) => panel.getAttribute('data-state'))).toEqual([
      'ready',
      'ready',
      'ready',
    ]);
    const poverty = page.querySelector('[data-indicator="poverty-rate"]');
    expect(poverty?.textContent).toContain('26.8');
    expect(poverty?.textContent).toContain('-26.8 pp');
    expect(poverty?.textContent).toContain('Guizhou, target 0 % by 2020: achieved');
    expect(poverty?.textContent).toContain(
      '2015-11-29 Decision on Winning the Battle against Poverty',
    );
    expect(poverty?.textContent).toContain('Sources: China Daily, Big expectations from big data');
    expect(poverty?.textContent).toContain('reported');
    const snapshots = [...page.querySelectorAll('[data-chart-snapshot]')];
    expect(snapshots).toHaveLength(3);
    for (const snapshot of snapshots) {
      expect([...snapshot.querySelectorAll('svg')].map((svg) => svg.getAttribute('class'))).toEqual(
        ['only-light', 'only-dark'],
      );
    }
    // Every id is unique on the page, so no chart's clip path clips another.
    const ids = [...page.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The CSP allows no inline style: none is in the page.
    expect(page.querySelectorAll('[style], style')).toHaveLength(0);
    const html = page.documentElement;
    expect(html.dataset.renderedFrom).toBe('mock');
    expect(html.dataset.renderedPath).toBe('/');
    expect(html.dataset.renderedSearch).toBe('');
    expect(html.dataset.dataVersion).toMatch(/^[\w-]{16}$/);
    const keys = stateOf(page).queries.map((query) => query.queryKey[0]);
    expect(keys.toSorted()).toEqual([
      'events',
      'indicators',
      'observations',
      'observations',
      'observations',
      'regions',
    ]);
  });

  it('renders a deep link as it asks, in the language its cookie names', async () => {
    const page = parse(
      await render('/?indicator=poverty-rate&from=2014&theme=dark', {
        cookie: 'other=1; poverty-dashboard.lang=zh-CN',
      }),
    );
    expect(page.querySelectorAll('section.panel')).toHaveLength(1);
    expect(page.querySelector('.panel__meta')?.textContent).toContain('2014–2020');
    expect(page.querySelector('h2')?.textContent).toBe('农村贫困发生率');
    const html = page.documentElement;
    expect(html.lang).toBe('zh-CN');
    expect(html.dataset.renderedSearch).toBe('indicator=poverty-rate&from=2014');
    expect(html.dataset.renderedLocale).toBe('zh-CN');
    expect(html.dataset.renderedThemeChoice).toBe('dark');
  });

  it('keeps a panel whose data could not be fetched loading, for the browser to ask again', async () => {
    const failingObservations: FetchApi = (path, params) =>
      path === '/observations'
        ? Promise.resolve(new Response('{"broken":', { status: 200 }))
        : askMockApi(path, params);
    const page = parse(await render('/', { fetchApi: failingObservations }));
    expect(
      [...page.querySelectorAll('section.panel')].map((panel) => panel.getAttribute('data-state')),
    ).toEqual(['loading', 'loading', 'loading']);
    expect(
      stateOf(page)
        .queries.map((query) => query.queryKey[0])
        .toSorted(),
    ).toEqual(['events', 'indicators', 'regions']);
  });

  it('leaves the report page, which prints the reader’s own date, to the browser', async () => {
    expect(await render('/report?from=2013')).toBe(template);
  });

  it('keeps a cached text that would end its script element from doing so', async () => {
    const withScriptInName: FetchApi = async (path, params) => {
      const response = await askMockApi(path, params);
      if (path !== '/regions') return response;
      const { data } = (await response.json()) as { data: { name: { en: string } }[] };
      for (const region of data) region.name.en = `${region.name.en}</script><!--`;
      return Response.json({ data });
    };
    const html = await render('/', { fetchApi: withScriptInName });
    const state = html.slice(html.indexOf(`id="${firstViewStateId}"`));
    expect(state.slice(0, state.indexOf('</script>'))).not.toMatch(/<\/script|<!--/i);
    const names = stateOf(parse(html)).queries.flatMap((query) =>
      query.queryKey[0] === 'regions' ? (query.state.data as { name: { en: string } }[]) : [],
    );
    expect(names[0]?.name.en).toMatch(/<\/script><!--$/);
  });

  it('is taken over in the browser as it is, without a hydration error, snapshots kept until the live charts draw', async () => {
    const page = parse(await render('/'));
    const root = document.createElement('div');
    root.id = 'root';
    root.innerHTML = page.getElementById('root')?.innerHTML ?? '';
    document.body.append(root);
    const errors = vi.spyOn(console, 'error');
    const recovered: unknown[] = [];
    const client = createQueryClient();
    hydrateFirstView(client, stateOf(page));
    const snapshots = snapshotsOnPage(root);
    await act(async () => {
      hydrateRoot(root, <AppRoot client={client} search="" snapshots={snapshots} />, {
        onRecoverableError: (error) => recovered.push(error),
      });
    });
    expect(recovered).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    expect(screen.getAllByText(/26\.8/).length).toBeGreaterThan(0);
    await waitFor(() => expect(root.querySelectorAll('[data-drawn="true"]')).toHaveLength(3), {
      timeout: 10_000,
    });
    expect(root.querySelectorAll('[data-chart-snapshot]')).toHaveLength(0);
    errors.mockRestore();
    root.remove();
  });
});
