import { describe, expect, it } from 'vitest';
import type { Month, Period } from '@/data/types';
import {
  checkPeriod,
  comparePeriods,
  isPartialYear,
  formatPartialDate,
  formatPeriod,
  parsePartialDate,
  parsePeriodKey,
  periodInterval,
  periodKey,
  previousPeriod,
  samePeriodPreviousYear,
  yearsBetween,
} from './periods';

const y = (year: number): CalendarPeriod => ({ type: 'year', year });
const h = (year: number, half: 1 | 2): CalendarPeriod => ({ type: 'half', year, half });
const q = (year: number, quarter: 1 | 2 | 3 | 4): CalendarPeriod => ({
  type: 'quarter',
  year,
  quarter,
});
const m = (year: number, firstMonth: Month, lastMonth: Month): Period => ({
  type: 'months',
  year,
  firstMonth,
  lastMonth,
});
const dd = (year: number, first: [Month, number], last: [Month, number]): Period => ({
  type: 'days',
  year,
  first: { month: first[0], day: first[1] },
  last: { month: last[0], day: last[1] },
});
type CalendarPeriod = Extract<Period, { type: 'year' | 'half' | 'quarter' }>;

describe('periodInterval', () => {
  it.each<[string, Period, string, string]>([
    ['a year', y(2006), '2006-01-01T00:00:00.000Z', '2006-12-31T23:59:59.999Z'],
    ['first half', h(2007, 1), '2007-01-01T00:00:00.000Z', '2007-06-30T23:59:59.999Z'],
    ['second half', h(2007, 2), '2007-07-01T00:00:00.000Z', '2007-12-31T23:59:59.999Z'],
    ['Q1 of a leap year', q(2008, 1), '2008-01-01T00:00:00.000Z', '2008-03-31T23:59:59.999Z'],
    ['Q3', q(2010, 3), '2010-07-01T00:00:00.000Z', '2010-09-30T23:59:59.999Z'],
    ['Q4 ends on 31 Dec', q(2010, 4), '2010-10-01T00:00:00.000Z', '2010-12-31T23:59:59.999Z'],
    ['Jan–Apr 2017', m(2017, 1, 4), '2017-01-01T00:00:00.000Z', '2017-04-30T23:59:59.999Z'],
    [
      'Jan–Feb of a leap year',
      m(2008, 1, 2),
      '2008-01-01T00:00:00.000Z',
      '2008-02-29T23:59:59.999Z',
    ],
    [
      'one month, Oct 2013',
      m(2013, 10, 10),
      '2013-10-01T00:00:00.000Z',
      '2013-10-31T23:59:59.999Z',
    ],
    [
      '1 Jan–14 Jul 2014',
      dd(2014, [1, 1], [7, 14]),
      '2014-01-01T00:00:00.000Z',
      '2014-07-14T23:59:59.999Z',
    ],
    [
      'a two-digit year stays literal',
      y(99),
      '0099-01-01T00:00:00.000Z',
      '0099-12-31T23:59:59.999Z',
    ],
  ])('%s', (_name, p, start, end) => {
    const { start: s, end: e } = periodInterval(p);
    expect([s.toISOString(), e.toISOString()]).toEqual([start, end]);
  });
});

describe('formatPeriod and periodKey', () => {
  it.each<[string, Period, string, string]>([
    ['year', y(2006), '2006', '2006'],
    ['half', h(2007, 1), 'H1 2007', '2007-H1'],
    ['quarter', q(2010, 3), 'Q3 2010', '2010-Q3'],
    ['short year is zero-padded in the key', y(999), '999', '0999'],
  ])('%s', (_name, p, formatted, key) => {
    expect(formatPeriod(p)).toBe(formatted);
    expect(periodKey(p)).toBe(key);
  });

  it.each<[string, Period[], string[]]>([
    ['empty list', [], []],
    ['one point', [y(2006)], ['2006']],
    ['years', [y(2024), y(2000), y(2013)], ['2000', '2013', '2024']],
    ['halves', [h(2008, 1), h(2007, 2), h(2007, 1)], ['2007-H1', '2007-H2', '2008-H1']],
    ['quarters', [q(2011, 1), q(2010, 4), q(2010, 3)], ['2010-Q3', '2010-Q4', '2011-Q1']],
  ])('keys of one type sort in time order: %s', (_name, periods, expected) => {
    expect(periods.map(periodKey).sort()).toEqual(expected);
  });
});

describe('parsePeriodKey', () => {
  it.each<[string, string, Period | null]>([
    ['year', '2006', y(2006)],
    ['half', '2007-H1', h(2007, 1)],
    ['quarter', '2010-Q3', q(2010, 3)],
    ['empty string', '', null],
    ['display form', 'H1 2007', null],
    ['lower case', '2007-h1', null],
    ['third half', '2007-H3', null],
    ['fifth quarter', '2010-Q5', null],
    ['three-digit year', '999', null],
    ['trailing space', '2006 ', null],
    ['month', '2007-08', null],
  ])('%s', (_name, s, expected) => {
    expect(parsePeriodKey(s)).toEqual(expected);
  });

  it.each<[string, Period]>([
    ['year', y(2024)],
    ['half', h(2007, 2)],
    ['quarter', q(2010, 1)],
  ])('inverts periodKey: %s', (_name, p) => {
    expect(parsePeriodKey(periodKey(p))).toEqual(p);
  });
});

describe('samePeriodPreviousYear and previousPeriod', () => {
  it.each<[string, CalendarPeriod, Period, Period]>([
    ['year', y(2006), y(2005), y(2005)],
    ['H1 goes back to H2', h(2007, 1), h(2006, 1), h(2006, 2)],
    ['H2 goes back to H1', h(2007, 2), h(2006, 2), h(2007, 1)],
    ['Q1 goes back to Q4', q(2010, 1), q(2009, 1), q(2009, 4)],
    ['Q3 goes back to Q2', q(2010, 3), q(2009, 3), q(2010, 2)],
  ])('%s', (_name, p, sameLastYear, previous) => {
    expect(samePeriodPreviousYear(p)).toEqual(sameLastYear);
    expect(previousPeriod(p)).toEqual(previous);
  });
});

describe('samePeriodPreviousYear of partial years', () => {
  it.each<[string, Period, Period]>([
    ['Jan–Oct 2023 → Jan–Oct 2022', m(2023, 1, 10), m(2022, 1, 10)],
    ['1 Jan–14 Jul 2014 → 1 Jan–14 Jul 2013', dd(2014, [1, 1], [7, 14]), dd(2013, [1, 1], [7, 14])],
    ['a span ending 29 Feb ends on the 28th', dd(2008, [1, 1], [2, 29]), dd(2007, [1, 1], [2, 28])],
  ])('%s', (_name, p, expected) => {
    expect(samePeriodPreviousYear(p)).toEqual(expected);
  });
});

describe('formatPeriod and periodKey', () => {
  it.each<[string, Period, string, string]>([
    ['a year', y(2006), '2006', '2006'],
    ['a half', h(2007, 1), 'H1 2007', '2007-H1'],
    ['a quarter', q(2011, 1), 'Q1 2011', '2011-Q1'],
    ['Jan–Apr', m(2017, 1, 4), 'Jan–Apr 2017', '2017-M01-04'],
    ['9 months', m(2023, 1, 9), 'Jan–Sep 2023', '2023-M01-09'],
    ['one month', m(2013, 10, 10), 'Oct 2013', '2013-M10-10'],
    ['days', dd(2015, [1, 1], [5, 11]), '1 Jan–11 May 2015', '2015-D0101-0511'],
  ])('%s', (_name, p, label, key) => {
    expect(formatPeriod(p)).toBe(label);
    expect(periodKey(p)).toBe(key);
    expect(parsePeriodKey(key)).toEqual(p);
  });
});

describe('checkPeriod', () => {
  it.each<[string, Period, string | null]>([
    ['a year', y(2010), null],
    ['Jan–Oct', m(2010, 1, 10), null],
    ['one month', m(2023, 3, 3), null],
    ['backwards', m(2017, 4, 1), 'the last month comes before the first'],
    ['a whole year', m(2017, 1, 12), 'Jan–Dec is the year: write { type: "year" }'],
    ['a first half', m(2017, 1, 6), 'Jan–Jun is H1: write { type: "half", half: 1 }'],
    ['a second half', m(2017, 7, 12), 'Jul–Dec is H2: write { type: "half", half: 2 }'],
    ['a quarter', m(2011, 1, 3), 'Jan–Mar is Q1: write { type: "quarter", quarter: 1 }'],
    ['Q3', m(2011, 7, 9), 'Jul–Sep is Q3: write { type: "quarter", quarter: 3 }'],
    ['three months that are no quarter', m(2011, 2, 4), null],
    ['days', dd(2014, [1, 1], [7, 14]), null],
    ['30 February', dd(2014, [1, 1], [2, 30]), '2014-02-30 is not a day'],
    ['29 February of a leap year', dd(2008, [2, 10], [2, 29]), null],
    ['28 February of a leap year is not a month end', dd(2008, [1, 1], [2, 28]), null],
    ['days backwards', dd(2014, [7, 14], [1, 1]), 'the last day comes before the first'],
    [
      'whole months as days',
      dd(2014, [1, 1], [4, 30]),
      'whole months: write { type: "months" } (or year, half, quarter)',
    ],
  ])('%s', (_name, p, expected) => {
    expect(checkPeriod(p)).toBe(expected);
  });
});

describe('isPartialYear', () => {
  it.each<[Period, boolean]>([
    [y(2010), false],
    [h(2010, 1), true],
    [q(2010, 1), true],
    [m(2010, 1, 10), true],
    [dd(2014, [1, 1], [7, 14]), true],
  ])('%j → %s', (p, expected) => expect(isPartialYear(p)).toBe(expected));
});

describe('comparePeriods', () => {
  it.each<[string, Period, Period, -1 | 0 | 1]>([
    ['same period', h(2007, 1), h(2007, 1), 0],
    ['earlier year first', y(2006), y(2007), -1],
    ['later year last', y(2008), y(2007), 1],
    ['same start: half before year', h(2007, 1), y(2007), -1],
    ['same start: quarter before half', q(2007, 1), h(2007, 1), -1],
    ['same start: year after quarter', y(2007), q(2007, 1), 1],
    ['start decides before length', y(2007), h(2007, 2), -1],
    ['a year starts after the previous H2', y(2007), h(2006, 2), 1],
    ['same start: Q1 before Jan–Apr', q(2017, 1), m(2017, 1, 4), -1],
    ['same start: Jan–Apr before H1', m(2017, 1, 4), h(2017, 1), -1],
    ['same start: days before the year', dd(2015, [1, 1], [5, 11]), y(2015), -1],
    ['a month after the year it starts in', m(2013, 10, 10), y(2013), 1],
  ])('%s', (_name, a, b, sign) => {
    expect(Math.sign(comparePeriods(a, b))).toBe(sign);
  });

  it.each<[string, Period[], Period[]]>([
    ['empty list', [], []],
    ['one point', [h(2007, 1)], [h(2007, 1)]],
    ['the seed trade figures', [y(2007), h(2007, 1), y(2006)], [y(2006), h(2007, 1), y(2007)]],
  ])('sorts %s', (_name, periods, expected) => {
    expect([...periods].sort(comparePeriods)).toEqual(expected);
  });
});

describe('yearsBetween', () => {
  it.each<[string, Period, Period, number]>([
    ['same year', y(2006), y(2006), 0],
    ['2006 to 2008 (Nazarbayev target)', y(2006), y(2008), 2],
    ['2000 to 2024', y(2000), y(2024), 24],
    ['backwards is negative', y(2008), y(2006), -2],
    ['H1 2007 to 2008', h(2007, 1), y(2008), 1.5],
    ['H1 2006 to H1 2007', h(2006, 1), h(2007, 1), 1],
    ['Q3 2010 to Q4 2010', q(2010, 3), q(2010, 4), 0.25],
    ['H2 2007 ends with 2007', h(2007, 2), y(2007), 0],
    ['Jan–Oct 2022 to Jan–Oct 2023', m(2022, 1, 10), m(2023, 1, 10), 1],
    ['Jan–Apr 2017 to 2017', m(2017, 1, 4), y(2017), 8 / 12],
    ['1 Jan–14 Jul 2014 to 2014: 170 days', dd(2014, [1, 1], [7, 14]), y(2014), 170 / 365.25],
  ])('%s', (_name, a, b, expected) => {
    expect(yearsBetween(a, b)).toBe(expected);
  });
});

describe('parsePartialDate', () => {
  type Parsed = [string, string, 'year' | 'month' | 'day'] | null;
  it.each<[string, string, Parsed]>([
    ['year', '2007', ['2007-01-01T00:00:00.000Z', '2007-12-31T23:59:59.999Z', 'year']],
    ['month', '2007-04', ['2007-04-01T00:00:00.000Z', '2007-04-30T23:59:59.999Z', 'month']],
    ['day', '2007-08-18', ['2007-08-18T00:00:00.000Z', '2007-08-18T23:59:59.999Z', 'day']],
    [
      '29 Feb in a leap year',
      '2008-02-29',
      ['2008-02-29T00:00:00.000Z', '2008-02-29T23:59:59.999Z', 'day'],
    ],
    [
      'February, not leap',
      '2007-02',
      ['2007-02-01T00:00:00.000Z', '2007-02-28T23:59:59.999Z', 'month'],
    ],
    ['31 Dec', '2007-12-31', ['2007-12-31T00:00:00.000Z', '2007-12-31T23:59:59.999Z', 'day']],
    ['empty string', '', null],
    ['29 Feb in a common year', '2007-02-29', null],
    ['31 April', '2007-04-31', null],
    ['month 13', '2007-13', null],
    ['month 0', '2007-00', null],
    ['day 0', '2007-08-00', null],
    ['single-digit month', '2007-8', null],
    ['prose', 'August 2007', null],
    ['a time part', '2007-08-18T00:00', null],
  ])('%s', (_name, s, expected) => {
    const parsed = parsePartialDate(s);
    expect(
      parsed && [parsed.start.toISOString(), parsed.end.toISOString(), parsed.precision],
    ).toEqual(expected);
  });
});

describe('formatPartialDate', () => {
  it.each<[string, string, string]>([
    ['day', '2007-08-18', '18 Aug 2007'],
    ['single-digit day has no leading zero', '2010-06-08', '8 Jun 2010'],
    ['month', '2007-04', 'Apr 2007'],
    ['year', '2007', '2007'],
    ['December', '2009-12', 'Dec 2009'],
    ['empty string comes back as is', '', ''],
    ['junk comes back as is', '2007-02-30', '2007-02-30'],
  ])('%s', (_name, s, expected) => {
    expect(formatPartialDate(s)).toBe(expected);
  });
});
