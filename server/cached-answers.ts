import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import type { Answer, AnswerCache, Encoding } from './answer-cache';

/**
 * Sends the API's answers from the answer cache: each under the data version it was made from, with
 * its ETag, answered 304 Not Modified when the reader has it already, and compressed once for all
 * the readers that accept the same encoding.
 */

/**
 * A read that many callers share: those who ask while it runs, or in the same turn of the event
 * loop as it ended, get its result rather than a read each. Under load a turn handles many
 * requests; on SQLite each read also takes the file's locks, which cost more than the answer.
 * A result is thus at most one turn old when it is used.
 */
export function shared<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  const forget = () => {
    running = null;
  };
  return () => {
    if (!running) {
      running = read();
      running.then(
        () => setImmediate(forget),
        () => setImmediate(forget),
      );
    }
    return running;
  };
}

/** Whether an If-None-Match header names the ETag (weakly, as RFC 9110 compares for GET). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

export function cachedAnswers(cache: AnswerCache, dataVersion: () => Promise<string>) {
  return async (
    context: Context,
    query: string,
    make: () => Promise<Omit<Answer, 'etag'>>,
  ): Promise<Response> => {
    // The data version is part of the key: after an import, no answer made before it is found.
    const key = `${await dataVersion()} ${query}`;
    const answer = await cache.answer(key, make);
    const headers = new Headers({ 'Content-Type': answer.contentType, Vary: 'Accept-Encoding' });
    if (answer.status < 400) {
      headers.set('ETag', answer.etag);
      // Data changes only by import: clients may keep it, but must revalidate (a 304 is cheap).
      headers.set('Cache-Control', 'no-cache');
      if (matches(context.req.header('If-None-Match'), answer.etag))
        return new Response(null, { status: 304, headers });
    }
    const encoding = accepts(context, {
      header: 'Accept-Encoding',
      supports: ['br', 'gzip', 'identity'],
      default: 'identity',
    }) as Encoding | 'identity';
    const encoded = encoding === 'identity' ? null : cache.encoded(key, answer, encoding);
    if (encoded) {
      headers.set('Content-Encoding', encoding);
      return new Response(encoded, { status: answer.status, headers });
    }
    return new Response(answer.body, { status: answer.status, headers });
  };
}
