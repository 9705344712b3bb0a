import type { TimeBand } from 'chart-render';
import type { Observation, Period } from '@/data/types';
import { formatPeriod, periodInterval } from '../periods';
import { yearFraction } from './events';

/** A chart's yearly time axis: one category per year from `first` to `last`, gaps included. */
export interface YearFrame {
  years: number[];
  categories: string[];
  bands: TimeBand[];
  /** Index of a year's category, −1 outside the axis. */
  at(year: number): number;
  /** An empty column (every year null): values by default, notes with `blank<string>()`. */
  blank<T = number>(): (T | null)[];
}

/**
 * The time band of a period, in years: a year fills its band, a half-year its half, a quarter its
 * quarter.
 *
 * @example periodBand({ type: 'half', year: 2007, half: 1 }) // → { start: 2007, end: 2007.5 }
 */
export function periodBand(p: Period): TimeBand {
  if (p.type === 'year') return { start: p.year, end: p.year + 1 };
  if (p.type === 'half') return { start: p.year + (p.half - 1) / 2, end: p.year + p.half / 2 };
  if (p.type === 'quarter') {
    return { start: p.year + (p.quarter - 1) / 4, end: p.year + p.quarter / 4 };
  }
  // Months and days: the period's own interval (its end is the last instant, so add 1 ms).
  const { start, end } = periodInterval(p);
  return { start: yearFraction(start), end: yearFraction(new Date(end.getTime() + 1)) };
}

/**
 * Every year from `first` to `last` as categories and bands; empty when last < first.
 *
 * @example yearFrame(2006, 2008).categories // → ['2006', '2007', '2008']
 */
export function yearFrame(first: number, last: number): YearFrame {
  const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  return {
    years,
    categories: years.map(String),
    bands: years.map((year) => periodBand({ type: 'year', year })),
    at: (year) => (year >= first && year <= last ? year - first : -1),
    blank: <T = number>() => years.map((): T | null => null),
  };
}

/**
 * Places observations on a yearly frame: a value and a note per year, null where no observation
 * falls (a gap stays a gap). With two observations for one year the first wins; pass one per
 * year (e.g. from `annualBySide`) to choose which.
 *
 * @example alignByYear([obs2006], yearFrame(2005, 2006), (o) => o.reportedBy)
 * // → { values: [null, 8.36], notes: [null, 'CACI Analyst (Roger N. McDermott)'] }
 */
export function alignByYear(
  observations: readonly Observation[],
  frame: Pick<YearFrame, 'at' | 'blank'>,
  note: (o: Observation) => string,
): { values: (number | null)[]; notes: (string | null)[] } {
  const values = frame.blank();
  const notes = frame.blank<string>();
  for (const o of observations) {
    const i = frame.at(o.period.year);
    if (i < 0 || values[i] !== null) continue;
    values[i] = o.value;
    notes[i] = note(o);
  }
  return { values, notes };
}

/** A time axis with every year of a span plus the part-year periods that have values. */
export interface PeriodFrame {
  categories: string[];
  bands: TimeBand[];
  /** Index of a period's category, −1 outside the axis. */
  at(p: Period): number;
  blank<T = number>(): (T | null)[];
}

/**
 * Categories for a set of periods: every year from the first to the last (gaps included), and
 * each part-year period in time order just before its year ("2006", "H1 2007", "2007").
 *
 * @example periodFrame([{ type: 'year', year: 2006 }, { type: 'half', year: 2007, half: 1 }]).categories
 * // → ['2006', 'H1 2007', '2007']
 */
export function periodFrame(periods: readonly Period[]): PeriodFrame {
  const years = periods.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const all = new Map<string, Period>();
  for (let year = first; year <= last; year++)
    all.set(formatPeriod({ type: 'year', year }), { type: 'year', year });
  for (const p of periods) all.set(formatPeriod(p), p);
  const sorted = [...all.entries()].sort(([, a], [, b]) => {
    const ba = periodBand(a);
    const bb = periodBand(b);
    return ba.start - bb.start || ba.end - bb.end;
  });
  const categories = sorted.map(([c]) => c);
  return {
    categories: years.length === 0 ? [] : categories,
    bands: years.length === 0 ? [] : sorted.map(([, p]) => periodBand(p)),
    at: (p) => categories.indexOf(formatPeriod(p)),
    blank: <T = number>() => categories.map((): T | null => null),
  };
}
