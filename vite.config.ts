import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { reportInitialJavaScript } from './scripts/vite-plugin-initial-js.ts';
import { contentSecurityPolicy } from './server/content-security-policy.ts';

export default defineConfig({
  plugins: [react(), reportInitialJavaScript()],
  server: { port: 5173 },
  // The production build is previewed under the same policy as it is served with.
  preview: { port: 4173, headers: { 'Content-Security-Policy': contentSecurityPolicy } },
  build: { target: 'es2022', sourcemap: true },
});
