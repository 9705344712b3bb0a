/**
 * Reporting periods (year, half, quarter) and partial ISO dates.
 *
 * Dates are built in UTC (`setUTCFullYear` on the epoch), never with local-time setters, so
 * results do not depend on the server's time zone. date-fns supplies the instant-based helpers
 * (`interval`, `compareAsc`, `subMilliseconds`); its month/year helpers read local time, so
 * calendar arithmetic is done on the period's own fields instead.
 */
import { compareAsc, interval, subMilliseconds, type Interval } from 'date-fns';
import type { PartialIsoDate, Period } from '@/data/types';

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

/** Length of a period in months: 12, 6 or 3. */
function lengthInMonths(p: Period): number {
  return p.type === 'year' ? 12 : p.type === 'half' ? 6 : 3;
}

/** Zero-based month index (0 = January) of the first month of the period. */
function startMonthIndex(p: Period): number {
  if (p.type === 'year') return 0;
  if (p.type === 'half') return (p.half - 1) * 6;
  return (p.quarter - 1) * 3;
}

/** Months since year 0 of the month after the period ends; differences of it are exact. */
function endMonthOrdinal(p: Period): number {
  return p.year * 12 + startMonthIndex(p) + lengthInMonths(p);
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
  const start = utcDate(p.year, startMonthIndex(p));
  const nextStart = utcDate(p.year, startMonthIndex(p) + lengthInMonths(p));
  return interval(start, subMilliseconds(nextStart, 1));
}

/**
 * A period as a reader sees it: "2006", "H1 2007", "Q3 2010".
 *
 * @example formatPeriod({ type: 'half', year: 2007, half: 1 }) // "H1 2007" (the seed's $5.97bn)
 */
export function formatPeriod(p: Period): string {
  if (p.type === 'year') return String(p.year);
  if (p.type === 'half') return `H${p.half} ${p.year}`;
  return `Q${p.quarter} ${p.year}`;
}

/**
 * A stable machine key: "2006", "2007-H1", "2010-Q3". The year is zero-padded to four digits, so
 * keys of the same period type sort lexicographically in time order. `parsePeriodKey` inverts it.
 *
 * @example periodKey({ type: 'quarter', year: 2010, quarter: 3 }) // "2010-Q3"
 */
export function periodKey(p: Period): string {
  const year = String(p.year).padStart(4, '0');
  if (p.type === 'year') return year;
  if (p.type === 'half') return `${year}-H${p.half}`;
  return `${year}-Q${p.quarter}`;
}

/**
 * Parses a `periodKey` back into a period; null for anything else (lower case, spaces, H3, Q5,
 * years not written with exactly four digits).
 *
 * @example parsePeriodKey('2007-H1') // { type: 'half', year: 2007, half: 1 }
 */
export function parsePeriodKey(s: string): Period | null {
  const match = /^(\d{4})(?:-(?:H([12])|Q([1-4])))?$/.exec(s);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2]) return { type: 'half', year, half: Number(match[2]) as 1 | 2 };
  if (match[3]) return { type: 'quarter', year, quarter: Number(match[3]) as 1 | 2 | 3 | 4 };
  return { type: 'year', year };
}

/**
 * The same period one year earlier, the base of a "same period previous year" growth rate.
 *
 * @example samePeriodPreviousYear({ type: 'half', year: 2007, half: 1 }) // H1 2006
 */
export function samePeriodPreviousYear(p: Period): Period {
  return { ...p, year: p.year - 1 };
}

/**
 * The immediately preceding period of the same type: 2006 → 2005, H2 2007 → H1 2007,
 * H1 2007 → H2 2006, Q3 2010 → Q2 2010, Q1 2010 → Q4 2009.
 *
 * @example previousPeriod({ type: 'half', year: 2007, half: 1 }) // H2 2006
 */
export function previousPeriod(p: Period): Period {
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
 * (Q1 2007 < H1 2007 < 2007). Returns a negative number, 0 (same period) or a positive number.
 *
 * @example [2007, H1 2007, 2006].sort(comparePeriods) // [2006, H1 2007, 2007]
 */
export function comparePeriods(a: Period, b: Period): number {
  const byStart = compareAsc(periodInterval(a).start, periodInterval(b).start);
  return byStart !== 0 ? byStart : lengthInMonths(a) - lengthInMonths(b);
}

/**
 * Years from the end of `a` to the end of `b`, signed (negative when `b` ends first). For two
 * years this is `b.year − a.year`, the exponent CAGR needs; otherwise it counts whole months
 * between the period ends, divided by 12 (H1 2007 → 2008 is 1.5).
 *
 * @example yearsBetween({ type: 'year', year: 2006 }, { type: 'year', year: 2008 }) // 2
 */
export function yearsBetween(a: Period, b: Period): number {
  return (endMonthOrdinal(b) - endMonthOrdinal(a)) / 12;
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
