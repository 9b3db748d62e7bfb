import type { z } from 'zod';
import { problemSchema } from '../contract/schemas';
import { ApiError, describeIssues } from './api-error';

/** How long a request may take before it is abandoned as failed. */
export const requestTimeoutMs = 15_000;

/** Where the API lives. By default it is on the app's own origin, where the mock serves it. */
let apiBaseUrl = '/api/v1';

/** Points the client at another backend (set once at start-up, before the first request). */
export function setApiBaseUrl(url: string): void {
  apiBaseUrl = url;
}

/**
 * What every request waits for before it is sent. While mocking, it is the mock API's start;
 * otherwise it is already resolved.
 */
let apiReady: Promise<unknown> = Promise.resolve();

/**
 * Holds requests until `ready` resolves (set once at start-up), so that the page can render
 * while the mock API starts. If `ready` rejects, each request fails with an ApiError that says
 * why ('mock-unavailable', not retried).
 */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  // Each request reports a failure itself, whenever the first request is made. This handler only
  // keeps the rejection from being reported as unhandled in the meantime.
  ready.catch(() => {});
  apiReady = ready;
}

function resolveUrl(path: string, params?: URLSearchParams): URL {
  const base = globalThis.location?.href ?? 'http://localhost/';
  const url = new URL(`${apiBaseUrl.replace(/\/$/, '')}${path}`, base);
  if (params) url.search = params.toString();
  return url;
}

/** The absolute URL of an API path, for a link that leaves the page (a data file). */
export function apiUrl(path: string, params?: URLSearchParams): string {
  return resolveUrl(path, params).href;
}

async function readProblem(response: Response): Promise<z.infer<typeof problemSchema> | undefined> {
  try {
    const parsed = problemSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

interface RequestOptions {
  params?: URLSearchParams;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * Sends a GET and hands a successful response to `read`. It waits for the mock's start, and turns
 * every failure into an ApiError: the mock that did not start, a network failure, a non-2xx status
 * with its problem, or a timeout. The timeout covers `read` too, so for JSON it covers the whole
 * body, while a stream's reader returns at once and only the headers are timed. A caller's own
 * abort is passed on unchanged, since cancelling is not a failure to report.
 */
async function request<Result>(
  path: string,
  accept: string,
  options: RequestOptions,
  read: (response: Response, url: URL) => Promise<Result>,
): Promise<Result> {
  const url = resolveUrl(path, options.params);
  try {
    await apiReady;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiError('mock-unavailable', `The mock data service did not start: ${reason}`, {
      url: url.toString(),
    });
  }
  const timeoutMs = options.timeoutMs ?? requestTimeoutMs;
  const timer = new AbortController();
  const timerId = setTimeout(() => timer.abort(), timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timer.signal]) : timer.signal;
  const timedOut = () =>
    new ApiError('timeout', `The data service did not answer within ${timeoutMs / 1000} s.`, {
      url: url.toString(),
    });
  try {
    let response: Response;
    try {
      response = await fetch(url, { headers: { Accept: accept }, signal });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (timer.signal.aborted) throw timedOut();
      throw new ApiError('network', `Could not reach the data service (${url.pathname}).`, {
        url: url.toString(),
      });
    }
    if (!response.ok) {
      const problem = await readProblem(response);
      const message =
        problem?.detail ?? problem?.title ?? `${response.status} ${response.statusText}`;
      throw new ApiError('http', message, {
        status: response.status,
        url: url.toString(),
        ...(problem ? { problem } : {}),
      });
    }
    try {
      return await read(response, url);
    } catch (error) {
      if (!(error instanceof ApiError) && !options.signal?.aborted && timer.signal.aborted)
        throw timedOut();
      throw error;
    }
  } finally {
    clearTimeout(timerId);
  }
}

/**
 * GET a JSON resource of the API and parse it with its schema. Resolves with data that matches
 * the contract, or rejects with an ApiError; never hands a caller an unchecked value.
 */
export function apiGet<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.infer<Schema>> {
  return request(path, 'application/json', options, async (response, url) => {
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      // An abort while reading (the caller's, or the timeout's) is not a malformed body.
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError('invalid-response', 'The data service sent a response that is not JSON.', {
        url: url.toString(),
      });
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new ApiError('invalid-response', 'The data service sent data in an unexpected shape.', {
        url: url.toString(),
        issues: describeIssues(parsed.error.issues),
      });
    }
    return parsed.data;
  });
}

/**
 * GET a file of the API as it arrives: the successful response, whose body the caller reads at
 * its own pace. Only the wait for the headers is timed, since a long file may take minutes; the
 * caller's signal cancels the body too.
 */
export function apiGetStream(
  path: string,
  accept: string,
  options: RequestOptions = {},
): Promise<Response> {
  return request(path, accept, options, async (response) => response);
}
