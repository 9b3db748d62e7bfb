import { z } from 'zod';
import { describeIssues } from '../api/api-error';

/**
 * The settings an operator changes without rebuilding: config.json, served beside index.html.
 * VITE_API_BASE_URL and VITE_MOCK_API override it in development.
 */
export const runtimeConfigSchema = z
  .object({
    apiBaseUrl: z.string().min(1, 'expected the API base URL, e.g. "/api/v1"'),
    mockApi: z.boolean(),
  })
  .strict();
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

export type ConfigResult = { ok: true; config: RuntimeConfig } | { ok: false; problems: string[] };

/** Checks a parsed config.json and applies the development overrides. Pure. */
export function readRuntimeConfig(
  json: unknown,
  env: { VITE_API_BASE_URL?: string; VITE_MOCK_API?: string },
): ConfigResult {
  const parsed = runtimeConfigSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues) };
  const config = { ...parsed.data };
  if (env.VITE_API_BASE_URL) config.apiBaseUrl = env.VITE_API_BASE_URL;
  if (env.VITE_MOCK_API === 'true' || env.VITE_MOCK_API === 'false')
    config.mockApi = env.VITE_MOCK_API === 'true';
  return { ok: true, config };
}

export async function loadRuntimeConfig(): Promise<ConfigResult> {
  // config.json is served beside index.html, at the app's base path, whatever page (/ or /report/)
  // is open.
  const url = new URL(`${import.meta.env.BASE_URL}config.json`, window.location.origin);
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch {
    return { ok: false, problems: [`${url.pathname} could not be fetched`] };
  }
  if (!response.ok)
    return { ok: false, problems: [`${url.pathname} answered HTTP ${response.status}`] };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { ok: false, problems: [`${url.pathname} is not valid JSON`] };
  }
  return readRuntimeConfig(json, import.meta.env.DEV ? import.meta.env : {});
}
