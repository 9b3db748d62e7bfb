import { describe, expect, it } from 'vitest';
import { readRuntimeConfig } from './runtime-config';

describe('readRuntimeConfig', () => {
  it('accepts the documented shape', () => {
    expect(readRuntimeConfig({ apiBaseUrl: '/api/v1', mockApi: true }, {})).toEqual({
      ok: true,
      config: { apiBaseUrl: '/api/v1', mockApi: true },
    });
  });

  it('names the key and the problem', () => {
    expect(readRuntimeConfig({ apiBaseUrl: '', mockApi: 'yes' }, {})).toEqual({
      ok: false,
      problems: [
        'apiBaseUrl: expected the API base URL, e.g. "/api/v1"',
        'mockApi: Invalid input: expected boolean, received string',
      ],
    });
    expect(readRuntimeConfig({ apiBaseUrl: '/api/v1', mockAPI: false }, {})).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([expect.stringContaining('mockAPI')]),
    });
  });

  it('lets VITE_ variables override it in development', () => {
    expect(
      readRuntimeConfig(
        { apiBaseUrl: '/api/v1', mockApi: true },
        { VITE_API_BASE_URL: 'http://127.0.0.1:8787/api/v1', VITE_MOCK_API: 'false' },
      ),
    ).toEqual({ ok: true, config: { apiBaseUrl: 'http://127.0.0.1:8787/api/v1', mockApi: false } });
  });
});
