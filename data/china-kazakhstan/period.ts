import type { Month, Period } from '../types';

/** Shorthands for the periods of the records; no arithmetic, just the shapes. */
export const year = (y: number): Period => ({ type: 'year', year: y });
export const half = (y: number, h: 1 | 2): Period => ({ type: 'half', year: y, half: h });
export const quarter = (y: number, q: 1 | 2 | 3 | 4): Period => ({
  type: 'quarter',
  year: y,
  quarter: q,
});
/** Whole months `first`–`last` of year `y`: `months(2017, 1, 4)` is Jan–Apr 2017. */
export const months = (y: number, first: Month, last: Month): Period => ({
  type: 'months',
  year: y,
  firstMonth: first,
  lastMonth: last,
});
/** Days of year `y`, both inclusive: `days(2014, [1, 1], [7, 14])` is 1 Jan–14 Jul 2014. */
export const days = (y: number, first: [Month, number], last: [Month, number]): Period => ({
  type: 'days',
  year: y,
  first: { month: first[0], day: first[1] },
  last: { month: last[0], day: last[1] },
});
