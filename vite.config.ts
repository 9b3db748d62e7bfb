import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { reportInitialJavaScript } from './scripts/vite-plugin-initial-js.ts';

export default defineConfig({
  plugins: [react(), reportInitialJavaScript()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: true },
});
