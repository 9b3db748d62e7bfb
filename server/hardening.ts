import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * The hardening headers every response carries, as Hono's secureHeaders middleware sets them:
 * nosniff, a referrer policy, X-Frame-Options: DENY, and the rest of its defaults. Strict-Transport-Security is left to
 * whoever terminates TLS in front of this server: it knows the domain; this does not.
 */
export const hardening = secureHeaders({
  strictTransportSecurity: false,
  // As the pages' frame-ancestors 'none' says (content-security-policy.ts), for older browsers;
  // an embed that other origins may frame goes without it (see app.ts).
  xFrameOptions: 'DENY',
  referrerPolicy: 'strict-origin-when-cross-origin',
});

let read: Promise<Readonly<Record<string, string>>> | null = null;

/**
 * The same headers as a plain record, read once from a response the middleware handled, so that
 * they are one value wherever they are sent. The cached answers carry them (cached-answers.ts):
 * those sent ahead of the app never reach the middleware, and a record is written as it is,
 * where the middleware's Headers object is built and copied out again for every answer.
 */
export function hardeningHeaders(): Promise<Readonly<Record<string, string>>> {
  read ??= (async () => {
    const probe = new Hono().use(hardening).get('/', (context) => context.body(null));
    return Object.fromEntries((await probe.request('/')).headers);
  })();
  return read;
}
