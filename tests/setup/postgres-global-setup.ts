import type { TestProject } from 'vitest/node';
import { startCluster } from './postgres-cluster';

/**
 * Vitest's global set-up for the tests that run against PostgreSQL: one cluster for the whole
 * run, its URL given to the tests as inject('postgresUrl'), removed when the run ends.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export async function setup(project: TestProject) {
  const cluster = await startCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
