import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Point } from '../contract/schemas';
import { assessChange, compoundAnnualRate, computeSeriesDeltas, relativeChange } from './deltas';
import { formatAbsoluteChange, formatAnnualRate, formatRelativeChange } from './format';

const point = (period: string, value: number | null): Point => ({
  period,
  value,
  status: 'reported',
  sourceId: 'test-source',
});

// Guizhou's rural poverty rate, provincial register (fixtures/observations.json).
const guizhouPovertyRate = [
  point('2012', 26.8),
  point('2013', 20.6),
  point('2014', 18.0),
  point('2015', 14.3),
  point('2016', 10.6),
];

describe('computeSeriesDeltas', () => {
  it('computes no relative change from levels whose growth is published, and says why', () => {
    const levels = [point('2014', 1817), point('2015', 3530)];
    const deltas = computeSeriesDeltas(levels, 'level', { growthPublished: true });
    expect(deltas.absolute).toEqual({ ok: true, value: 1713 });
    expect(deltas.relative).toEqual({ ok: false, reason: 'growth-published' });
    expect(deltas.annualRate).toEqual({ ok: false, reason: 'growth-published' });
    expect(deltas.yearOnYear.map((change) => change.relative)).toEqual([
      { ok: false, reason: 'growth-published' },
    ]);
  });

  it("gives Guizhou's poverty rate 2012-2016 as -16.2 pp, -60.4 % and -20.7 % a year", () => {
    const deltas = computeSeriesDeltas(guizhouPovertyRate, 'rate');
    expect(deltas.first).toEqual({ period: '2012', value: 26.8 });
    expect(deltas.last).toEqual({ period: '2016', value: 10.6 });
    if (!deltas.absolute.ok || !deltas.relative.ok || !deltas.annualRate.ok) {
      throw new Error('expected every delta to be available');
    }
    expect(formatAbsoluteChange(deltas.absolute.value, 'percentage-points', 'percent', 'en')).toBe(
      '-16.2 pp',
    );
    expect(formatRelativeChange(deltas.relative.value, 'en')).toBe('-60.4 %');
    expect(formatAnnualRate(deltas.annualRate.value, 'en')).toBe('-20.7 % a year');
  });

  it('gives year-on-year changes for each year with a value the year before', () => {
    const deltas = computeSeriesDeltas(guizhouPovertyRate, 'rate');
    expect(deltas.yearOnYear.map((entry) => entry.period)).toEqual([
      '2013',
      '2014',
      '2015',
      '2016',
    ]);
    const last = deltas.yearOnYear.at(-1);
    expect(last?.absolute.ok && last.absolute.value).toBeCloseTo(-3.7, 10);
  });

  it('uses the first and last values present, skipping gaps at either end', () => {
    const deltas = computeSeriesDeltas(
      [point('2015', null), point('2016', 1500), point('2017', 3800), point('2018', null)],
      'cumulative-count',
    );
    expect(deltas.first?.period).toBe('2016');
    expect(deltas.last?.period).toBe('2017');
    expect(deltas.absolute).toEqual({ ok: true, value: 2300 });
  });

  it('marks a year-on-year change after a gap as unavailable, never bridging it', () => {
    const deltas = computeSeriesDeltas(
      [point('2016', 1500), point('2017', 3800), point('2020', 9000)],
      'cumulative-count',
    );
    expect(deltas.yearOnYear).toEqual([
      { period: '2017', absolute: { ok: true, value: 2300 }, relative: expect.anything() },
      {
        period: '2020',
        absolute: { ok: false, reason: 'no-previous-year' },
        relative: { ok: false, reason: 'no-previous-year' },
      },
    ]);
  });

  it('says why deltas are unavailable for one point and for none', () => {
    const one = computeSeriesDeltas([point('2016', 27.1)], 'growth-rate');
    expect(one.absolute).toEqual({ ok: false, reason: 'single-point' });
    expect(one.relative).toEqual({ ok: false, reason: 'single-point' });
    expect(one.annualRate).toEqual({ ok: false, reason: 'single-point' });
    const none = computeSeriesDeltas([], 'rate');
    expect(none.absolute).toEqual({ ok: false, reason: 'no-data' });
  });

  it('refuses a ratio on a zero base but still gives the absolute change', () => {
    const deltas = computeSeriesDeltas([point('2019', 0), point('2020', 5)], 'level');
    expect(deltas.absolute).toEqual({ ok: true, value: 5 });
    expect(deltas.relative).toEqual({ ok: false, reason: 'zero-base' });
    expect(deltas.annualRate).toEqual({ ok: false, reason: 'zero-base' });
  });

  it('gives no annual rate towards zero, where it would read -100 % a year whatever the span', () => {
    const deltas = computeSeriesDeltas([point('2011', 33.4), point('2020', 0)], 'rate');
    expect(deltas.relative.ok && deltas.relative.value).toBe(-1);
    expect(deltas.annualRate).toEqual({ ok: false, reason: 'zero-value' });
  });

  it('does not compound a growth rate', () => {
    const deltas = computeSeriesDeltas([point('2016', 27.1), point('2017', 39.1)], 'growth-rate');
    expect(deltas.absolute.ok && deltas.absolute.value).toBeCloseTo(12, 10);
    expect(deltas.annualRate).toEqual({ ok: false, reason: 'growth-rate-compounding' });
  });

  it('compounds half-yearly periods over fractional years', () => {
    const deltas = computeSeriesDeltas([point('2016-H1', 100), point('2017-H1', 121)], 'level');
    expect(deltas.annualRate.ok && deltas.annualRate.value).toBeCloseTo(0.21, 10);
    const halves = computeSeriesDeltas([point('2016-H1', 100), point('2016-H2', 110)], 'level');
    expect(halves.annualRate.ok && halves.annualRate.value).toBeCloseTo(0.21, 10);
  });
});

describe('relativeChange and compoundAnnualRate', () => {
  it('refuse negative bases and negative end values', () => {
    expect(relativeChange(-2, 4)).toEqual({ ok: false, reason: 'negative-base' });
    expect(compoundAnnualRate(2, -4, 2)).toEqual({ ok: false, reason: 'negative-value' });
  });

  it('never return NaN or Infinity for finite inputs, however extreme', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(finite, finite, finite, (a, b, years) => {
        for (const delta of [relativeChange(a, b), compoundAnnualRate(a, b, years)]) {
          expect(!delta.ok || Number.isFinite(delta.value)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
    expect(relativeChange(1e-300, 1e300)).toEqual({ ok: false, reason: 'out-of-range' });
  });
});

const finiteValue = fc.double({ min: 0.01, max: 1e6, noNaN: true });

describe('delta properties', () => {
  it('absolute changes over consecutive ranges add up to the change over the whole range', () => {
    const years = fc.uniqueArray(fc.integer({ min: 1990, max: 2030 }), {
      minLength: 3,
      maxLength: 3,
    });
    fc.assert(
      fc.property(years, finiteValue, finiteValue, finiteValue, (unsorted, a, b, c) => {
        const [y1, y2, y3] = unsorted.sort((x, y) => x - y).map(String) as [string, string, string];
        const first = computeSeriesDeltas([point(y1, a), point(y2, b)], 'level');
        const second = computeSeriesDeltas([point(y2, b), point(y3, c)], 'level');
        const whole = computeSeriesDeltas([point(y1, a), point(y2, b), point(y3, c)], 'level');
        if (!first.absolute.ok || !second.absolute.ok || !whole.absolute.ok)
          throw new Error('unavailable');
        expect(first.absolute.value + second.absolute.value).toBeCloseTo(whole.absolute.value, 6);
        if (!first.annualRate.ok || !second.annualRate.ok || !whole.annualRate.ok)
          throw new Error('unavailable');
        // Annual rates compound: (1+r1)^n1 (1+r2)^n2 = (1+r)^(n1+n2).
        const n1 = Number(y2) - Number(y1);
        const n2 = Number(y3) - Number(y2);
        const compounded = (1 + first.annualRate.value) ** n1 * (1 + second.annualRate.value) ** n2;
        expect(compounded / (1 + whole.annualRate.value) ** (n1 + n2)).toBeCloseTo(1, 6);
      }),
    );
  });

  it('relative changes over consecutive ranges compound to the change over the whole range', () => {
    fc.assert(
      fc.property(finiteValue, finiteValue, finiteValue, (a, b, c) => {
        const first = relativeChange(a, b);
        const second = relativeChange(b, c);
        const whole = relativeChange(a, c);
        if (!first.ok || !second.ok || !whole.ok) throw new Error('unavailable');
        expect((1 + first.value) * (1 + second.value) - 1).toBeCloseTo(whole.value, 6);
      }),
    );
  });

  it('compounding the annual rate over the years returns the last value', () => {
    fc.assert(
      fc.property(
        finiteValue,
        finiteValue,
        fc.integer({ min: 2000, max: 2030 }),
        fc.integer({ min: 1, max: 30 }),
        (firstValue, lastValue, startYear, years) => {
          const deltas = computeSeriesDeltas(
            [point(String(startYear), firstValue), point(String(startYear + years), lastValue)],
            'level',
          );
          if (!deltas.annualRate.ok) throw new Error('unavailable');
          const compounded = firstValue * (1 + deltas.annualRate.value) ** years;
          expect(compounded / lastValue).toBeCloseTo(1, 7);
        },
      ),
    );
  });
});

describe('assessChange', () => {
  it('reads a fall in the poverty rate as progress and a fall in villages exited as a setback', () => {
    expect(assessChange(-16.2, 'lower-is-better')).toBe('progress');
    expect(assessChange(-100, 'higher-is-better')).toBe('setback');
    expect(assessChange(1500, 'higher-is-better')).toBe('progress');
    expect(assessChange(0, 'higher-is-better')).toBe('no-change');
  });
});
