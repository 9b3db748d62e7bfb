import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bootScriptInHead } from './scripts/vite-plugin-boot-script.ts';
import { firstViewAtBuild } from './scripts/vite-plugin-first-view.ts';
import { reportInitialJavaScript } from './scripts/vite-plugin-initial-js.ts';
import { precompress } from './scripts/vite-plugin-precompress.ts';
import { contentSecurityPolicy } from './server/content-security-policy.ts';

/**
 * BENCH_NAIVE=1 builds the benchmark's naive baseline from the same source: the whole echarts
 * package instead of echarts/core, no code splitting (everything in the first download), and no
 * sampling (panels ask for every point; see src/instrumentation.ts), and no page rendered ahead
 * of the browser.
 */
const naive = process.env.BENCH_NAIVE === '1';

export default defineConfig({
  plugins: [
    react(),
    bootScriptInHead(),
    reportInitialJavaScript(),
    precompress(),
    ...(naive ? [] : [firstViewAtBuild()]),
  ],
  define: { __BENCH_NAIVE__: JSON.stringify(naive) },
  server: { port: 5173 },
  // The production build is previewed under the same policy as it is served with.
  preview: { port: 4173, headers: { 'Content-Security-Policy': contentSecurityPolicy } },
  ...(naive ? { resolve: { alias: { 'echarts/core': 'echarts' } } } : {}),
  build: {
    target: 'es2022',
    sourcemap: true,
    ...(naive
      ? { outDir: 'dist-naive', rolldownOptions: { output: { codeSplitting: false } } }
      : {}),
  },
});
