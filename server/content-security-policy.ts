import { bootScriptHash } from './boot-script';

/**
 * The Content-Security-Policy of the built app, sent by `vite preview` and the reference server.
 * Scripts and styles only from the app's own origin (and the page's head script, by its hash), no
 * eval and no inline style sheets (React
 * and ECharts set styles through the CSSOM, which the policy allows); the mock API's service worker is allowed;
 * images also from data: and blob: URLs (report figures, PNG export). A deployment that points
 * config.json at an API on another origin must add that origin to connect-src.
 */
export const contentSecurityPolicy = [
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
  "frame-ancestors 'none'",
].join('; ');
