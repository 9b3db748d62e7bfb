import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // A test's time limit guards against a hang, never against slowness (the bench measures
      // speed). On two busy cores, rendering the reference figure through resvg with the CJK fonts
      // took over Vitest's default of 5 s.
      testTimeout: 30_000,
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            // A PostgreSQL cluster of the run's own, for the server's tests on that engine.
            globalSetup: ['tests/setup/postgres-global-setup.ts'],
            include: [
              'src/**/*.test.ts',
              'mocks/**/*.test.ts',
              'fixtures/**/*.test.ts',
              'scripts/**/*.test.ts',
              'server/**/*.test.ts',
              'tests/contract/**/*.test.ts',
            ],
          },
        },
        {
          extends: true,
          test: {
            name: 'component',
            environment: 'jsdom',
            include: ['src/**/*.test.tsx'],
            setupFiles: ['tests/setup/component-setup.ts'],
          },
        },
      ],
    },
  }),
);
