import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Direction } from '../contract/schemas';
import { meetsTarget, type TargetStatus, targetProgress, type YearValue } from './target-progress';

const zeroBy2020 = { year: 2020, value: 0 };

/** A poverty rate's progress towards zero by 2020, from [year, value] to [year, value]. */
const towardsZero = ([firstYear, first]: [number, number], [lastYear, last]: [number, number]) =>
  targetProgress(
    { year: firstYear, value: first },
    { year: lastYear, value: last },
    zeroBy2020,
    'lower-is-better',
  );

describe('targetProgress on the data brief', () => {
  it('says Guizhou reached zero rural poverty by 2020, shown 2011-2020', () => {
    const progress = towardsZero([2011, 33.4], [2020, 0]);
    expect(progress?.status).toBe('achieved');
    expect(progress?.observedPerYear).toBeCloseTo(-33.4 / 9, 10);
  });

  it('says how far Guizhou was, shown 2012-2016: 4.05 pp a year against 2.65 needed', () => {
    const progress = towardsZero([2012, 26.8], [2016, 10.6]);
    expect(progress?.observedPerYear).toBeCloseTo(-4.05, 10);
    expect(progress?.requiredPerYear).toBeCloseTo(-2.65, 10);
    expect(progress?.status).toBe('on-track');
  });

  it('reads the thresholds as Open SDG sets them: 95 % and 60 % of the pace needed', () => {
    const at = (observed: number) =>
      targetProgress(
        { year: 2015, value: 10 + 5 * observed },
        { year: 2020, value: 10 },
        { year: 2030, value: 0 },
        'lower-is-better',
      )?.status;
    // The pace needed is 1 a year down; `observed` is how many a year it fell.
    expect(at(1)).toBe('on-track');
    expect(at(0.95)).toBe('on-track');
    expect(at(0.9)).toBe('needs-to-speed-up');
    expect(at(0.6)).toBe('needs-to-speed-up');
    expect(at(0.5)).toBe('off-track');
    expect(at(0)).toBe('off-track');
    expect(at(-0.1)).toBe('moving-away');
  });

  it('says missed when the target year has a value short of the target', () => {
    // Made-up values: no region in the brief missed the target.
    expect(towardsZero([2012, 10], [2020, 0.5])?.status).toBe('missed');
  });

  it('cannot say a pace from one year short of the target', () => {
    expect(towardsZero([2016, 10.6], [2016, 10.6])).toBeNull();
  });
});

const year = fc.integer({ min: 1990, max: 2040 });
// Values as statistics publish them, to two decimals: no subnormal numbers whose differences
// underflow to zero, which no published figure is.
const value = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((hundredths) => hundredths / 100);
const direction = fc.constantFrom<Direction>('lower-is-better', 'higher-is-better');
/** A first and a last year shown, and a target, in any order and at any values. */
const situation = fc
  .record({
    firstYear: year,
    span: fc.integer({ min: 1, max: 30 }),
    ahead: fc.integer({ min: -10, max: 30 }),
  })
  .chain(({ firstYear, span, ahead }) =>
    fc.record({
      first: fc.record({ year: fc.constant(firstYear), value }),
      last: fc.record({ year: fc.constant(firstYear + span), value }),
      target: fc.record({ year: fc.constant(firstYear + span + ahead), value }),
      direction,
    }),
  );
const statusOf = (s: {
  first: YearValue;
  last: YearValue;
  target: YearValue;
  direction: Direction;
}) => targetProgress(s.first, s.last, s.target, s.direction)?.status;

describe('targetProgress, for any values', () => {
  it('says achieved exactly when the last value meets the target', () => {
    fc.assert(
      fc.property(situation, (s) => {
        expect(statusOf(s) === 'achieved').toBe(
          meetsTarget(s.last.value, s.target.value, s.direction),
        );
      }),
    );
  });

  it('says moving away exactly when the values moved the worse way, short of the target', () => {
    fc.assert(
      fc.property(situation, (s) => {
        const status = statusOf(s);
        fc.pre(status !== 'achieved' && status !== 'missed');
        const better = s.direction === 'lower-is-better' ? -1 : 1;
        const moved = Math.sign(s.last.value - s.first.value) * better;
        expect(status === 'moving-away').toBe(moved < 0);
      }),
    );
  });

  it('is the same in other units, over other years, and upside down', () => {
    const flipped = (d: Direction): Direction =>
      d === 'lower-is-better' ? 'higher-is-better' : 'lower-is-better';
    fc.assert(
      fc.property(
        situation,
        fc.constantFrom(0.01, 10, 1000),
        fc.integer({ min: -50, max: 50 }),
        (s, scale, shift) => {
          const map = (f: (point: YearValue) => YearValue) => ({
            first: f(s.first),
            last: f(s.last),
            target: f(s.target),
          });
          const status = statusOf(s);
          const scaled = {
            ...map((p) => ({ year: p.year, value: p.value * scale })),
            direction: s.direction,
          };
          const shifted = {
            ...map((p) => ({ year: p.year + shift, value: p.value })),
            direction: s.direction,
          };
          const mirrored = {
            ...map((p) => ({ year: p.year, value: -p.value })),
            direction: flipped(s.direction),
          };
          // Scaling can move a ratio that sits on a threshold by a rounding error; away from the
          // thresholds the status must not change.
          const progress = targetProgress(s.first, s.last, s.target, s.direction);
          const nearThreshold =
            progress?.ratio != null &&
            [0, 0.6, 0.95].some((threshold) => Math.abs((progress.ratio ?? 0) - threshold) < 1e-9);
          fc.pre(!nearThreshold);
          expect(statusOf(scaled)).toBe(status);
          expect(statusOf(shifted)).toBe(status);
          expect(statusOf(mirrored)).toBe(status);
        },
      ),
    );
  });

  it('says on track exactly when keeping the observed pace reaches 95 % of the way by the target year', () => {
    fc.assert(
      fc.property(situation, (s) => {
        const progress = targetProgress(s.first, s.last, s.target, s.direction);
        fc.pre(progress !== null && progress.ratio !== null);
        fc.pre(Math.abs((progress.ratio ?? 0) - 0.95) > 1e-9);
        const years = s.target.year - s.last.year;
        const gap = s.target.value - s.last.value;
        const covered = (progress.observedPerYear ?? 0) * years;
        const statuses: TargetStatus[] = ['on-track'];
        expect(statuses.includes(progress.status)).toBe(covered / gap >= 0.95);
      }),
    );
  });
});
