import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../fixtures/catalog';
import { createAnswerCache } from './answer-cache';
import { createReferenceServer } from './app';
import { openDatabase, seed } from './database';

const answerOf = (body: string) => async () => ({ status: 200, contentType: 'text/plain', body });

describe('the answer cache', () => {
  it('makes an answer once, even for requests that come while it is being made', async () => {
    const cache = createAnswerCache({ maxBytes: 1_000 });
    let made = 0;
    const make = async () => {
      made += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { status: 200, contentType: 'text/plain', body: 'answer' };
    };
    const answers = await Promise.all([cache.answer('k', make), cache.answer('k', make)]);
    await cache.answer('k', make);
    expect(made).toBe(1);
    expect(answers[0]).toEqual(answers[1]);
  });

  it('holds no more than its bytes, letting the least recently used answer go first', async () => {
    const cache = createAnswerCache({ maxBytes: 250 });
    await cache.answer('a', answerOf('x'.repeat(100)));
    await cache.answer('b', answerOf('y'.repeat(100)));
    await cache.answer('a', answerOf('never made'));
    await cache.answer('c', answerOf('z'.repeat(100)));
    expect(cache.bytes).toBeLessThanOrEqual(250);
    expect((await cache.answer('a', answerOf('made again'))).body.toString()).toBe('x'.repeat(100));
    expect((await cache.answer('b', answerOf('made again'))).body.toString()).toBe('made again');
  });

  it('does not keep a failure: the next request tries again', async () => {
    const cache = createAnswerCache({ maxBytes: 1_000 });
    await expect(
      cache.answer('k', async () => {
        throw new Error('database down');
      }),
    ).rejects.toThrow('database down');
    expect((await cache.answer('k', answerOf('back'))).body.toString()).toBe('back');
  });
});

describe('cached answers over HTTP', () => {
  const app = async () => {
    const db = await openDatabase(':memory:');
    await seed(db, fixtureCatalog, 'all');
    return createReferenceServer(db, { corsOrigins: [], staticDir: null }).app;
  };

  it('gives the same query in another order the same ETag, and answers it 304', async () => {
    const server = await app();
    const first = await server.request(
      '/api/v1/observations?indicator=poverty-rate&region=CN-GZ,CN&from=2012',
    );
    const tag = first.headers.get('etag') ?? '';
    expect(tag).toMatch(/^W\/"/);
    const reordered = await server.request(
      '/api/v1/observations?from=2012&region=CN-GZ&region=CN&indicator=poverty-rate',
      { headers: { 'If-None-Match': tag } },
    );
    expect(reordered.status).toBe(304);
    expect(reordered.headers.get('etag')).toBe(tag);
  });

  it('sends brotli or gzip as the reader accepts, each the same JSON', async () => {
    const server = await app();
    const path = '/api/v1/indicators';
    const plain = await (await server.request(path)).text();
    const br = await server.request(path, { headers: { 'Accept-Encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(plain);
    const gzip = await server.request(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(plain);
    expect(JSON.parse(plain).data.length).toBe(fixtureCatalog.indicators.length);
  });
});
