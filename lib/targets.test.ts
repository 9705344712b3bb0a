import { describe, expect, it } from 'vitest';
import { MET_TOLERANCE_PCT, evaluateTarget, type TargetStatus } from './targets';
import { periodInterval } from './periods';

const endOf = (year: number) => periodInterval({ type: 'year', year }).end;
const TODAY = new Date('2025-06-01T00:00:00.000Z');

type Row = [
  name: string,
  targetValue: number,
  targetPeriodEnd: Date | null,
  actual: number | null,
  today: Date,
  status: TargetStatus,
  variancePct: number | null | undefined, // undefined: no variance at all
  alreadyReached: boolean,
];

describe('evaluateTarget', () => {
  it.each<Row>([
    [
      'Nazarbayev $12bn for 2008 vs 17.5 (KZ)',
      12,
      endOf(2008),
      17.5,
      TODAY,
      'beaten',
      45.833333,
      true,
    ],
    ['Masimov $15bn for 2010 vs 20.4 (CN)', 15, endOf(2010), 20.4, TODAY, 'beaten', 36, true],
    [
      'Hu $40bn for 2015, no 2015 figure',
      40,
      endOf(2015),
      null,
      TODAY,
      'no-data',
      undefined,
      false,
    ],
    ['$35bn for 2030, reached early', 35, endOf(2030), 43.82, TODAY, 'pending', 25.2, true],
    ['$40bn for 2030, no actual yet', 40, endOf(2030), null, TODAY, 'pending', undefined, false],
    ['$100bn with no year', 100, null, 43.82, TODAY, 'open-ended', -56.18, false],
    ['open-ended without an actual', 100, null, null, TODAY, 'open-ended', undefined, false],
    ['within tolerance above', 12, endOf(2008), 12.2, TODAY, 'met', 1.666667, true],
    ['within tolerance below', 12, endOf(2008), 11.9, TODAY, 'met', -0.833333, false],
    ['exactly on target', 12, endOf(2008), 12, TODAY, 'met', 0, true],
    ['+2% edge is met', 12, endOf(2008), 12.24, TODAY, 'met', 2, true],
    ['−2% edge is met', 12, endOf(2008), 11.76, TODAY, 'met', -2, false],
    ['just above +2%', 12, endOf(2008), 12.25, TODAY, 'beaten', 2.083333, true],
    ['just below −2%', 12, endOf(2008), 11.75, TODAY, 'missed', -2.083333, false],
    ['missed by far', 40, endOf(2015), 13.1, TODAY, 'missed', -67.25, false],
    [
      'today is the last instant: pending',
      12,
      endOf(2008),
      17.5,
      endOf(2008),
      'pending',
      45.833333,
      true,
    ],
    [
      'today 1 ms later: evaluated',
      12,
      endOf(2008),
      17.5,
      new Date('2009-01-01T00:00:00.000Z'),
      'beaten',
      45.833333,
      true,
    ],
    ['NaN actual counts as none', 12, endOf(2008), NaN, TODAY, 'no-data', undefined, false],
    [
      'zero target (zero denominator), positive actual',
      0,
      endOf(2008),
      1,
      TODAY,
      'beaten',
      null,
      true,
    ],
    ['zero target, zero actual', 0, endOf(2008), 0, TODAY, 'met', null, true],
  ])('%s', (_name, targetValue, targetPeriodEnd, actual, today, status, pct, alreadyReached) => {
    const result = evaluateTarget({ targetValue, targetPeriodEnd, actual, today });
    expect(result.status).toBe(status);
    expect(result.alreadyReached).toBe(alreadyReached);
    if (pct === undefined) expect(result.variance).toBeNull();
    else if (pct === null) expect(result.variance?.pct).toBeNull();
    else expect(result.variance?.pct).toBeCloseTo(pct, 5);
  });

  it('uses a ±2% tolerance', () => {
    expect(MET_TOLERANCE_PCT).toBe(2);
  });
});
