import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from 'hono';
import { parseAccept } from 'hono/utils/accept';
import type { Answer, AnswerCache, Encoding, MadeAnswer } from './answer-cache';

/**
 * Sends the API's answers from the answer cache: each under the data version it was made from, with
 * its ETag, answered 304 Not Modified when the reader has it already, and compressed once for all
 * the readers that accept the same encoding.
 *
 * An answer is sent one of two ways, with the same bytes. The API's routes in the Hono app make and
 * send it (`respond`), and note which query the request's URL asked for. A later request for the
 * same URL is then answered from the cache before it reaches the app (`sendKnown`): most readers of
 * a public dashboard ask for the same few URLs, and going through Hono's request and response
 * objects cost more than half of what a cached answer costs to send (docs/performance.md).
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

/** The encodings an answer can be sent in, smallest first. */
const encodings = ['br', 'gzip', 'identity'] as const;

/**
 * The encoding to send: the one the reader prefers most (by its q-values) of br, gzip and
 * identity, the smaller where it likes two as well (browsers send "gzip, deflate, br" and mean
 * any); identity if it names none of them.
 */
export function encodingFor(acceptEncoding: string | undefined): Encoding | 'identity' {
  if (!acceptEncoding) return 'identity';
  const weights = new Map(
    parseAccept(acceptEncoding).map((accepted) => [accepted.type.toLowerCase(), accepted.q]),
  );
  let best: Encoding | 'identity' = 'identity';
  let bestWeight = 0;
  for (const encoding of encodings) {
    const weight = weights.get(encoding) ?? 0;
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}

/** What the reader sent that decides the reply: the ETag it has, the encodings it accepts. */
interface Asked {
  ifNoneMatch: string | undefined;
  acceptEncoding: string | undefined;
}

export interface Reply {
  status: number;
  /** A plain record: Hono's Node adapter and node:http both write one as it is. */
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | null;
}

/** How many URLs are remembered for `sendKnown`, the least recently asked forgotten first. */
const knownUrlCount = 1000;

/** Where the Node adapter puts the request it was given (Hono's `context.env`). */
interface NodeBindings {
  incoming?: IncomingMessage;
}

export function cachedAnswers(
  cache: AnswerCache,
  dataVersion: () => Promise<string>,
  /** The headers every answer carries besides its own (the hardening headers). */
  commonHeaders: () => Promise<Readonly<Record<string, string>>>,
) {
  // A URL as the request line had it, and the normalised query it asked for.
  const knownUrls = new Map<string, string>();
  const remember = (url: string, query: string) => {
    knownUrls.delete(url);
    knownUrls.set(url, query);
    if (knownUrls.size > knownUrlCount) knownUrls.delete(knownUrls.keys().next().value as string);
  };

  // The headers of each way an answer is sent, made once and reused: building the record and
  // having node:http check each header is most of what a cached answer costs besides the write.
  type Way = Encoding | 'identity' | 'not-modified';
  const headerSets = new WeakMap<Answer, Partial<Record<Way, Record<string, string>>>>();
  let common: Readonly<Record<string, string>> | null = null;
  const headersFor = (answer: Answer, way: Way, body: Uint8Array | null) => {
    const sets = headerSets.get(answer) ?? {};
    headerSets.set(answer, sets);
    const made = sets[way];
    if (made) return made;
    const headers: Record<string, string> = {
      ...common,
      'Content-Type': answer.contentType,
      Vary: 'Accept-Encoding',
    };
    if (answer.status < 400) {
      headers.ETag = answer.etag;
      // Data changes only by import: clients may keep it, but must revalidate (a 304 is cheap).
      headers['Cache-Control'] = 'no-cache';
    }
    if (way === 'br' || way === 'gzip') headers['Content-Encoding'] = way;
    // The length is kept with the headers: an answer compressed again after its cache entry was let
    // go comes out the same, since brotli and gzip give the same bytes for the same input.
    if (body) headers['Content-Length'] = String(body.length);
    sets[way] = headers;
    return headers;
  };

  const replyWith = async (key: string, answer: Answer, asked: Asked): Promise<Reply> => {
    common ??= await commonHeaders();
    if (answer.status < 400 && matches(asked.ifNoneMatch, answer.etag))
      return { status: 304, headers: headersFor(answer, 'not-modified', null), body: null };
    const encoding = encodingFor(asked.acceptEncoding);
    const encoded = encoding === 'identity' ? null : cache.encoded(key, answer, encoding);
    const body = encoded ?? answer.body;
    const way = encoded ? encoding : 'identity';
    return { status: answer.status, headers: headersFor(answer, way, body), body };
  };

  return {
    /** The answer to a query, made if the cache does not have it, as the app's route sends it. */
    async respond(
      context: Context,
      query: string,
      make: () => Promise<MadeAnswer>,
    ): Promise<Response> {
      // The data version is part of the key: after an import, no answer made before it is found.
      const key = `${await dataVersion()} ${query}`;
      const answer = await cache.answer(key, make);
      const url = (context.env as NodeBindings | undefined)?.incoming?.url;
      if (url) remember(url, query);
      const reply = await replyWith(key, answer, {
        ifNoneMatch: context.req.header('If-None-Match'),
        acceptEncoding: context.req.header('Accept-Encoding'),
      });
      return new Response(reply.body, { status: reply.status, headers: reply.headers });
    },

    /**
     * Sends the answer to a GET for a URL answered before, if the cache holds it under the current
     * data version, and says which status it sent; null when it sent nothing, for the app to answer.
     */
    async sendKnown(incoming: IncomingMessage, outgoing: ServerResponse): Promise<number | null> {
      const query = incoming.method === 'GET' ? knownUrls.get(incoming.url ?? '') : undefined;
      if (query === undefined) return null;
      const key = `${await dataVersion()} ${query}`;
      const answer = cache.peek(key);
      if (!answer) return null;
      const reply = await replyWith(key, answer, {
        ifNoneMatch: incoming.headers['if-none-match'],
        acceptEncoding: incoming.headers['accept-encoding'],
      });
      outgoing.writeHead(reply.status, reply.headers);
      outgoing.end(reply.body);
      return reply.status;
    },
  };
}

export type CachedAnswers = ReturnType<typeof cachedAnswers>;
