import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The API's answers, kept under a key made of the data version and the normalised query, so that a request asked before is
 * answered without the database: its body, its ETag, and each compressed form once it has been
 * asked for. The cache is bounded by the bytes it holds; the answer used least recently goes
 * first. Requests for the same answer that arrive while it is being made wait for that one, so a
 * burst of readers after an import asks the database once.
 */

/** An answer as the API makes it. */
export interface MadeAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** An answer as the cache keeps it: the body encoded once, to be sent as it is. */
export interface Answer {
  status: number;
  contentType: string;
  /** The body's UTF-8 bytes. */
  body: Buffer<ArrayBuffer>;
  /** A weak ETag: the same for every encoding of the same body. */
  etag: string;
}

export type Encoding = 'br' | 'gzip';

interface Entry {
  answer: Promise<Answer>;
  /** The answer once it is made, for `peek`. */
  made?: Answer;
  bytes: number;
  encoded: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;
}

/** Answers shorter than this are sent as they are: compressing them saves less than it costs. */
const compressFrom = 1024;

/**
 * The ETag comes from the body alone, so that an answer an import left as it was keeps its ETag
 * (and readers their 304s), and every server on one database gives the same answer the same one.
 */
export function etagOf(body: string): string {
  const digest = createHash('sha1').update(body).digest('base64url');
  return `W/"${digest.slice(0, 27)}"`;
}

export interface AnswerCache {
  /** The answer under the key, made by `make` if the cache does not have it. */
  answer(key: string, make: () => Promise<MadeAnswer>): Promise<Answer>;
  /** The answer under the key if it is made already, without waiting or making it. */
  peek(key: string): Answer | undefined;
  /** The answer's body in the encoding, compressed on first use and kept with the answer. */
  encoded(key: string, answer: Answer, encoding: Encoding): Uint8Array<ArrayBuffer> | null;
  readonly size: number;
  readonly bytes: number;
}

export function createAnswerCache(options: { maxBytes: number }): AnswerCache {
  // A Map keeps insertion order: taking an entry out and putting it back makes it the newest.
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const evict = () => {
    for (const [key, entry] of entries) {
      if (bytes <= options.maxBytes) break;
      entries.delete(key);
      bytes -= entry.bytes;
    }
  };
  const resize = (entry: Entry, by: number) => {
    entry.bytes += by;
    bytes += by;
    evict();
  };
  const use = (key: string): Entry | undefined => {
    const found = entries.get(key);
    if (found) {
      entries.delete(key);
      entries.set(key, found);
    }
    return found;
  };
  return {
    answer(key, make) {
      const found = use(key);
      if (found) return found.answer;
      const entry: Entry = {
        answer: make().then((made) => ({
          status: made.status,
          contentType: made.contentType,
          body: Buffer.from(made.body),
          etag: etagOf(made.body),
        })),
        bytes: key.length,
        encoded: {},
      };
      entries.set(key, entry);
      bytes += entry.bytes;
      entry.answer.then(
        (answer) => {
          entry.made = answer;
          if (entries.get(key) === entry) resize(entry, answer.body.length);
        },
        // A failure is not kept: the next request tries again.
        () => {
          if (entries.get(key) === entry) {
            entries.delete(key);
            bytes -= entry.bytes;
          }
        },
      );
      return entry.answer;
    },
    peek(key) {
      return use(key)?.made;
    },
    encoded(key, answer, encoding) {
      if (answer.body.length < compressFrom) return null;
      const entry = entries.get(key);
      const kept = entry?.encoded[encoding];
      if (kept) return kept;
      const body = answer.body;
      const compressed =
        encoding === 'br'
          ? brotliCompressSync(body, {
              params: {
                // Quality 5 compresses nearly as well as 11 at a fraction of the time, which
                // matters for the first reader of a long series.
                [constants.BROTLI_PARAM_QUALITY]: 5,
                [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            })
          : gzipSync(body);
      if (entry) {
        entry.encoded[encoding] = compressed;
        resize(entry, compressed.length);
      }
      return compressed;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
