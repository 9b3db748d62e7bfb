import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minMaxIndices, sampleMinMax } from './sampling';
import type { Point } from './schemas';

const values = fc.array(fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { freq: 8 }), {
  minLength: 0,
  maxLength: 3000,
});

describe('min-max sampling', () => {
  it('keeps at most maxPoints, in order, with both ends, the extremes and a gap where there was one', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 7, max: 500 }), (series, maxPoints) => {
        const kept = minMaxIndices(series.length, (index) => series[index] ?? null, maxPoints);
        expect(kept.length).toBeLessThanOrEqual(maxPoints);
        for (let i = 1; i < kept.length; i++) expect(kept[i]).toBeGreaterThan(kept[i - 1] ?? -1);
        if (series.length === 0) {
          expect(kept).toEqual([]);
          return;
        }
        expect(kept[0]).toBe(0);
        expect(kept.at(-1)).toBe(series.length - 1);
        const present = series.filter((value): value is number => value !== null);
        const keptValues = kept.map((index) => series[index] ?? null);
        if (present.length > 0) {
          expect(keptValues).toContain(Math.max(...present));
          expect(keptValues).toContain(Math.min(...present));
        }
        if (series.includes(null)) expect(keptValues).toContain(null);
        // The first and last values are kept, so first-to-last changes match the whole series'.
        const valueIndices = series.flatMap((value, index) => (value === null ? [] : [index]));
        if (valueIndices.length > 0) {
          expect(kept).toContain(valueIndices[0]);
          expect(kept).toContain(valueIndices.at(-1));
        }
      }),
    );
  });

  it('leaves a short series whole and says nothing about sampling', () => {
    const points: Point[] = [
      { period: '2016', value: 1, status: 'reported', sourceId: 's' },
      { period: '2017', value: 2, status: 'estimated', sourceId: 's' },
    ];
    expect(sampleMinMax(points, 10)).toEqual({ points });
  });

  it('keeps a spike that an average would flatten, and counts what it was taken from', () => {
    const points: Point[] = Array.from({ length: 10_000 }, (_, index) => ({
      period: String(index),
      value: index === 4321 ? 999 : Math.sin(index / 50),
      status: 'reported',
      sourceId: 's',
    }));
    const { points: kept, sampling } = sampleMinMax(points, 200);
    expect(kept.length).toBeLessThanOrEqual(200);
    expect(kept.map((point) => point.value)).toContain(999);
    expect(sampling).toEqual({ method: 'min-max', pointCount: 10_000 });
  });
});
