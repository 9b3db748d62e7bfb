import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin, UserConfig } from 'vite';
import { askMockApi } from '../mocks/in-process.ts';
import { rendererDir, rendererFile, templateFile } from '../server/rendered-pages.ts';
import type { PageRenderRequest } from '../src/render/render-page.tsx';
import { compressFile } from './vite-plugin-precompress.ts';

/**
 * Builds the renderer beside the app and, once both are built, renders the default view (the
 * dashboard at /) into dist/index.html from the mock's fixtures, so that a static host (`npm
 * start`) sends the page drawn. Its data came from the mock, and the page says so: it is shown
 * only where config.json says the mock is on (see src/boot/first-view.js).
 */
export function firstViewAtBuild(): Plugin {
  return {
    name: 'first-view-at-build',
    apply: 'build',
    // The renderer goes inside the app's build, wherever that is (the browser tests build into a
    // folder of their own with --outDir).
    config: (config): UserConfig => ({
      builder: {
        async buildApp(builder) {
          const { client, ssr } = builder.environments;
          if (!client || !ssr) throw new Error('the build needs the client and ssr environments');
          await builder.build(client);
          await builder.build(ssr);
          const outDir = resolve(builder.config.root, client.config.build.outDir);
          await renderDefaultView(outDir);
        },
      },
      environments: {
        ssr: {
          // The renderer carries its dependencies, so that it runs wherever the build is put,
          // without this project's node_modules beside it.
          resolve: { noExternal: true },
          build: {
            outDir: `${config.build?.outDir ?? 'dist'}/${rendererDir}`,
            copyPublicDir: false,
            rolldownOptions: {
              input: { 'render-page': 'src/render/render-page.tsx' },
              output: { entryFileNames: '[name].js' },
            },
          },
        },
      },
    }),
  };
}

async function renderDefaultView(outDir: string): Promise<void> {
  const indexHtml = join(outDir, 'index.html');
  const template = join(outDir, rendererDir, templateFile);
  copyFileSync(indexHtml, template);
  const { renderPage } = (await import(
    pathToFileURL(join(outDir, rendererDir, rendererFile)).href
  )) as { renderPage: (request: PageRenderRequest) => Promise<string> };
  const page = await renderPage({
    url: '/',
    cookie: '',
    source: 'mock',
    fetchApi: askMockApi,
    template: readFileSync(template, 'utf8'),
  });
  if (!page.includes('data-rendered')) throw new Error('the default view did not render');
  writeFileSync(indexHtml, page);
  compressFile(indexHtml);
}
