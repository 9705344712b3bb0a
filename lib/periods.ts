/**
 * Reporting periods (year, half, quarter, runs of months, runs of days) and partial ISO dates.
 *
 * Dates are built in UTC (`setUTCFullYear` on the epoch), never with local-time setters, so
 * results do not depend on the server's time zone. date-fns supplies the instant-based helpers
 * (`interval`, `compareAsc`, `subMilliseconds`); its month/year helpers read local time, so
 * calendar arithmetic is done on the period's own fields instead.
 */
import { compareAsc, interval, subMilliseconds, type Interval } from 'date-fns';
import type { Month, PartialIsoDate, Period } from '@/data/types';

const MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Midnight UTC on the given day; month and day may overflow (month 12 → January next year). */
function utcDate(year: number, monthIndex: number, day = 1): Date {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/** A period that is a run of whole months: every type but 'days'. */
type MonthPeriod = Exclude<Period, { type: 'days' }>;

/** Length of a month-based period in months: 12, 6, 3, or the run of a 'months' period. */
function lengthInMonths(p: MonthPeriod): number {
  if (p.type === 'year') return 12;
  if (p.type === 'half') return 6;
  if (p.type === 'quarter') return 3;
  return p.lastMonth - p.firstMonth + 1;
}

/** Zero-based month index (0 = January) of the first month of a month-based period. */
function startMonthIndex(p: MonthPeriod): number {
  if (p.type === 'year') return 0;
  if (p.type === 'half') return (p.half - 1) * 6;
  if (p.type === 'quarter') return (p.quarter - 1) * 3;
  return p.firstMonth - 1;
}

/** Months since year 0 of the month after the period ends; differences of it are exact. */
function endMonthOrdinal(p: MonthPeriod): number {
  return p.year * 12 + startMonthIndex(p) + lengthInMonths(p);
}

/** The instant after the period's last millisecond (midnight UTC of the next day). */
function nextStartOf(p: Period): Date {
  if (p.type === 'days') return utcDate(p.year, p.last.month - 1, p.last.day + 1);
  return utcDate(p.year, startMonthIndex(p) + lengthInMonths(p));
}

/** Midnight UTC of the period's first day. */
function startOf(p: Period): Date {
  if (p.type === 'days') return utcDate(p.year, p.first.month - 1, p.first.day);
  return utcDate(p.year, startMonthIndex(p));
}

/**
 * The period as a date-fns interval, both ends inclusive, in UTC: `start` is 00:00:00.000 UTC on
 * the first day, `end` is 23:59:59.999 UTC on the last day (the date-fns `endOf*` convention, so
 * `isWithinInterval` works at the edges). Built with UTC setters, never local-time ones.
 *
 * @example
 * periodInterval({ type: 'half', year: 2007, half: 1 })
 * // { start: 2007-01-01T00:00:00.000Z, end: 2007-06-30T23:59:59.999Z }
 */
export function periodInterval(p: Period): Interval<Date, Date> {
  return interval(startOf(p), subMilliseconds(nextStartOf(p), 1));
}

/**
 * A period as a reader sees it: "2006", "H1 2007", "Q3 2010", "Jan–Apr 2017", "Oct 2013",
 * "1 Jan–14 Jul 2014".
 *
 * @example formatPeriod({ type: 'months', year: 2017, firstMonth: 1, lastMonth: 4 }) // "Jan–Apr 2017"
 */
export function formatPeriod(p: Period): string {
  if (p.type === 'year') return String(p.year);
  if (p.type === 'half') return `H${p.half} ${p.year}`;
  if (p.type === 'quarter') return `Q${p.quarter} ${p.year}`;
  if (p.type === 'months') {
    const first = MONTHS_SHORT[p.firstMonth - 1];
    return p.firstMonth === p.lastMonth
      ? `${first} ${p.year}`
      : `${first}–${MONTHS_SHORT[p.lastMonth - 1]} ${p.year}`;
  }
  const day = (x: { month: Month; day: number }) => `${x.day} ${MONTHS_SHORT[x.month - 1]}`;
  return `${day(p.first)}–${day(p.last)} ${p.year}`;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A stable machine key: "2006", "2007-H1", "2010-Q3", "2017-M01-04" (Jan–Apr),
 * "2014-D0101-0714" (1 Jan–14 Jul). The year is zero-padded to four digits, so keys of the same
 * period type sort lexicographically in time order. `parsePeriodKey` inverts it.
 *
 * @example periodKey({ type: 'quarter', year: 2010, quarter: 3 }) // "2010-Q3"
 */
export function periodKey(p: Period): string {
  const year = String(p.year).padStart(4, '0');
  if (p.type === 'year') return year;
  if (p.type === 'half') return `${year}-H${p.half}`;
  if (p.type === 'quarter') return `${year}-Q${p.quarter}`;
  if (p.type === 'months') return `${year}-M${two(p.firstMonth)}-${two(p.lastMonth)}`;
  return `${year}-D${two(p.first.month)}${two(p.first.day)}-${two(p.last.month)}${two(p.last.day)}`;
}

/**
 * Parses a `periodKey` back into a period; null for anything else (lower case, spaces, H3, Q5,
 * month 13, years not written with exactly four digits). Does not check that a 'months' or
 * 'days' period is well formed: `checkPeriod` does.
 *
 * @example parsePeriodKey('2007-H1') // { type: 'half', year: 2007, half: 1 }
 */
export function parsePeriodKey(s: string): Period | null {
  const match =
    /^(\d{4})(?:-(?:H([12])|Q([1-4])|M(0[1-9]|1[0-2])-(0[1-9]|1[0-2])|D(0[1-9]|1[0-2])(\d{2})-(0[1-9]|1[0-2])(\d{2})))?$/.exec(
      s,
    );
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2]) return { type: 'half', year, half: Number(match[2]) as 1 | 2 };
  if (match[3]) return { type: 'quarter', year, quarter: Number(match[3]) as 1 | 2 | 3 | 4 };
  if (match[4] && match[5]) {
    return {
      type: 'months',
      year,
      firstMonth: Number(match[4]) as Month,
      lastMonth: Number(match[5]) as Month,
    };
  }
  if (match[6] && match[7] && match[8] && match[9]) {
    return {
      type: 'days',
      year,
      first: { month: Number(match[6]) as Month, day: Number(match[7]) },
      last: { month: Number(match[8]) as Month, day: Number(match[9]) },
    };
  }
  return { type: 'year', year };
}

/**
 * Why a period is malformed, or null when it is well formed: a 'months' run must not end
 * before it starts, nor be a whole year, half or quarter (those have their own types, so the
 * same months always get the same key); a 'days' span must use real days, not end before it
 * starts, and not be a whole month-based period.
 *
 * @example checkPeriod({ type: 'months', year: 2017, firstMonth: 1, lastMonth: 3 })
 * // → 'Jan–Mar is Q1: write { type: "quarter", quarter: 1 }'
 */
export function checkPeriod(p: Period): string | null {
  if (p.type === 'months') {
    if (p.lastMonth < p.firstMonth) return 'the last month comes before the first';
    const { firstMonth: f, lastMonth: l } = p;
    if (f === 1 && l === 12) return 'Jan–Dec is the year: write { type: "year" }';
    if ((f === 1 && l === 6) || (f === 7 && l === 12)) {
      return `${formatPeriod(p).slice(0, 7)} is H${f === 1 ? 1 : 2}: write { type: "half", half: ${f === 1 ? 1 : 2} }`;
    }
    if (l - f === 2 && (f - 1) % 3 === 0) {
      const q = (f - 1) / 3 + 1;
      return `${formatPeriod(p).slice(0, 7)} is Q${q}: write { type: "quarter", quarter: ${q} }`;
    }
    return null;
  }
  if (p.type === 'days') {
    for (const x of [p.first, p.last]) {
      const daysInMonth = utcDate(p.year, x.month, 0).getUTCDate();
      if (!Number.isInteger(x.day) || x.day < 1 || x.day > daysInMonth) {
        return `${p.year}-${two(x.month)}-${two(x.day)} is not a day`;
      }
    }
    if (startOf(p).getTime() > utcDate(p.year, p.last.month - 1, p.last.day).getTime()) {
      return 'the last day comes before the first';
    }
    const wholeMonths =
      p.first.day === 1 && p.last.day === utcDate(p.year, p.last.month, 0).getUTCDate();
    if (wholeMonths) return 'whole months: write { type: "months" } (or year, half, quarter)';
  }
  return null;
}

/**
 * True for a period shorter than a calendar year (half, quarter, months, days): partial-year
 * figures are never plotted or compared as annual values.
 *
 * @example isPartialYear({ type: 'quarter', year: 2011, quarter: 1 }) // true
 */
export function isPartialYear(p: Period): boolean {
  return p.type !== 'year';
}

/**
 * The same period one year earlier, the base of a "same period previous year" growth rate. A
 * 'days' span ending on 29 February ends on the 28th a year earlier.
 *
 * @example samePeriodPreviousYear({ type: 'months', year: 2023, firstMonth: 1, lastMonth: 10 })
 * // → Jan–Oct 2022
 */
export function samePeriodPreviousYear(p: Period): Period {
  if (p.type !== 'days') return { ...p, year: p.year - 1 };
  const year = p.year - 1;
  const clamp = (x: { month: Month; day: number }) => ({
    month: x.month,
    day: Math.min(x.day, utcDate(year, x.month, 0).getUTCDate()),
  });
  return { type: 'days', year, first: clamp(p.first), last: clamp(p.last) };
}

/**
 * The immediately preceding period of the same type: 2006 → 2005, H2 2007 → H1 2007,
 * H1 2007 → H2 2006, Q3 2010 → Q2 2010, Q1 2010 → Q4 2009.
 *
 * @example previousPeriod({ type: 'half', year: 2007, half: 1 }) // H2 2006
 */
export function previousPeriod(p: Extract<Period, { type: 'year' | 'half' | 'quarter' }>): Period {
  if (p.type === 'year') return { type: 'year', year: p.year - 1 };
  if (p.type === 'half') {
    return p.half === 2
      ? { type: 'half', year: p.year, half: 1 }
      : { type: 'half', year: p.year - 1, half: 2 };
  }
  return p.quarter === 1
    ? { type: 'quarter', year: p.year - 1, quarter: 4 }
    : { type: 'quarter', year: p.year, quarter: (p.quarter - 1) as 1 | 2 | 3 };
}

/**
 * Sort comparator: earlier start first; on the same start, the shorter period first
 * (Q1 2007 < Jan–Apr 2007 < H1 2007 < 2007). Returns a negative number, 0 (same period) or a
 * positive number.
 *
 * @example [2007, H1 2007, 2006].sort(comparePeriods) // [2006, H1 2007, 2007]
 */
export function comparePeriods(a: Period, b: Period): number {
  const byStart = compareAsc(startOf(a), startOf(b));
  return byStart !== 0 ? byStart : compareAsc(nextStartOf(a), nextStartOf(b));
}

/**
 * Years from the end of `a` to the end of `b`, signed (negative when `b` ends first). For two
 * years this is `b.year − a.year`, the exponent CAGR needs; otherwise it counts whole months
 * between the period ends, divided by 12 (H1 2007 → 2008 is 1.5). A 'days' period counts the
 * days between the ends over 365.25.
 *
 * @example yearsBetween({ type: 'year', year: 2006 }, { type: 'year', year: 2008 }) // 2
 */
export function yearsBetween(a: Period, b: Period): number {
  if (a.type !== 'days' && b.type !== 'days') return (endMonthOrdinal(b) - endMonthOrdinal(a)) / 12;
  const DAY = 86_400_000;
  return (nextStartOf(b).getTime() - nextStartOf(a).getTime()) / DAY / 365.25;
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into the span it covers, both ends inclusive in UTC
 * (start 00:00:00.000, end 23:59:59.999 of the last day). Null for junk, month 13, 31 April, etc.
 *
 * @example
 * parsePartialDate('2007-08') // Peace Mission 2007's month
 * // { start: 2007-08-01T00:00:00.000Z, end: 2007-08-31T23:59:59.999Z, precision: 'month' }
 */
export function parsePartialDate(
  s: PartialIsoDate,
): { start: Date; end: Date; precision: 'year' | 'month' | 'day' } | null {
  const parts = splitPartialDate(s);
  if (!parts) return null;
  const { year, month, day } = parts;
  if (month === undefined) {
    return {
      start: utcDate(year, 0),
      end: subMilliseconds(utcDate(year + 1, 0), 1),
      precision: 'year',
    };
  }
  if (day === undefined) {
    const start = utcDate(year, month - 1);
    return { start, end: subMilliseconds(utcDate(year, month), 1), precision: 'month' };
  }
  const start = utcDate(year, month - 1, day);
  return { start, end: subMilliseconds(utcDate(year, month - 1, day + 1), 1), precision: 'day' };
}

/**
 * A partial date as a reader sees it, at the precision the source gave: "18 Aug 2007",
 * "Apr 2007", "2007". Returns the input unchanged when it does not parse, so a bad record shows
 * as itself rather than as a blank.
 *
 * @example formatPartialDate('2007-08-18') // "18 Aug 2007" (Hu Jintao's state visit)
 */
export function formatPartialDate(s: PartialIsoDate): string {
  const parts = splitPartialDate(s);
  if (!parts) return s;
  const { year, month, day } = parts;
  if (month === undefined) return String(year);
  const monthName = MONTHS_SHORT[month - 1];
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** Validated numeric parts of a partial date; month and day are 1-based. */
function splitPartialDate(s: string): { year: number; month?: number; day?: number } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  const daysInMonth = utcDate(year, month, 0).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { year, month, day };
}
