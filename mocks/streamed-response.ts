import { HttpResponse } from 'msw';
import type { Series } from '../src/contract/schemas';
import type { LazyPoints } from './minute-points';

/** How many points a streamed answer makes at a time, between reads of its body. */
export const pointsPerChunk = 20_000;

/**
 * The response with the whole minute series, written as it is read, 20,000 points at a time. The
 * mock runs on the page's main thread, and making 87 MB of JSON at once would hold that thread for
 * seconds. The series found in `whole` are sent with the points made from there; the others are
 * sent as they are.
 */
export function streamedResponse(series: Series[], whole: Map<Series, LazyPoints>): Response {
  function* parts(): Generator<string> {
    yield '{"data":[';
    for (const [index, entry] of series.entries()) {
      if (index > 0) yield ',';
      const lazy = whole.get(entry);
      if (!lazy) {
        yield JSON.stringify(entry);
        continue;
      }
      const { points: _, ...head } = entry;
      yield `${JSON.stringify(head).slice(0, -1)},"points":[`;
      for (let start = 0; start < lazy.count; start += pointsPerChunk) {
        const end = Math.min(lazy.count, start + pointsPerChunk);
        const chunk: string[] = [];
        for (let point = start; point < end; point++)
          chunk.push(JSON.stringify(lazy.pointAt(point)));
        yield `${start > 0 ? ',' : ''}${chunk.join(',')}`;
      }
      yield ']}';
    }
    yield ']}';
  }
  return new HttpResponse(streamOfParts(parts()), {
    headers: { 'Content-Type': 'application/json' },
  });
}

/** A body that makes each part of the text only when the reader asks for more. */
export function streamOfParts(parts: Iterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = parts.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
