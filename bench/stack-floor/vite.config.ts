import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { series } from '../floor/series';

/**
 * The stack floor's build. It takes MSW's worker script from the app's public/ folder, where
 * `msw init` put it, and writes each series as a static file for `?mock=off`.
 */
export default defineConfig({
  plugins: [
    react(),
    {
      name: 'stack-floor-series',
      generateBundle() {
        for (const [id, data] of Object.entries(series))
          this.emitFile({
            type: 'asset',
            fileName: `series/${id}.json`,
            source: JSON.stringify(data),
          });
      },
    },
  ],
  publicDir: '../../public',
  build: { target: 'es2022' },
});
