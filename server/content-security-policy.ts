import { isEmbedPath } from '../src/domain/embed';
import { bootScriptHash } from './boot-script';

/**
 * The Content-Security-Policy of the built app, sent by `vite preview` and the reference server.
 * Scripts and styles only from the app's own origin (and the page's head script, by its hash), no
 * eval and no inline style sheets (React and ECharts set styles through the CSSOM, which the
 * policy allows); the mock API's service worker is allowed; images also from data: and blob: URLs
 * (report figures, PNG export). A deployment that points config.json at an API on another origin
 * must add that origin to connect-src.
 */
function policy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${bootScriptHash}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** The policy of the dashboard and of every page but the embed: no page may frame it. */
export const contentSecurityPolicy = policy("'none'");

/**
 * The policy of each page, by its path: the embed (/embed) may be framed by the origins the server
 * was started with (`--frame-ancestors`), and by none when there are none; every other page by
 * none. Both policies are written once, not for each request.
 */
export function pagePolicies(frameAncestors: readonly string[]): (pathname: string) => string {
  const embedPolicy =
    frameAncestors.length > 0 ? policy(frameAncestors.join(' ')) : contentSecurityPolicy;
  return (pathname) => (isEmbedPath(pathname) ? embedPolicy : contentSecurityPolicy);
}

/** Whether a page may be framed by another origin, and so must not send X-Frame-Options. */
export function framedFromElsewhere(pathname: string, frameAncestors: readonly string[]): boolean {
  return isEmbedPath(pathname) && frameAncestors.length > 0;
}

/**
 * The origins of a comma-separated list, such as `--frame-ancestors`: each one a scheme, host and
 * optional port ("https://news.example.org"), as a browser compares them. Anything else (a path,
 * a wildcard, a keyword) is refused with a message that names it, since a policy the browser
 * reads differently would frame the embed where it should not, or nowhere.
 */
export function originList(value: string, option: string): string[] {
  const origins = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = null;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new Error(
        `${option} takes origins such as https://news.example.org, without a path; "${origin}" is not one`,
      );
    }
  }
  return origins;
}
