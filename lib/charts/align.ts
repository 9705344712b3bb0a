import type { Observation } from '@/data/types';

/**
 * Places observations on a yearly category axis ("2000", "2001", …): a value and a note per
 * category, null where no observation falls (a gap stays a gap). With two observations for one
 * year the first wins; pass one per year (e.g. from `annualBySide`) to choose which.
 *
 * @example alignByYear([obs2006], ['2005', '2006'], (o) => o.reportedBy)
 * // → { values: [null, 8.36], notes: [null, 'CACI Analyst (Roger N. McDermott)'] }
 */
export function alignByYear(
  observations: readonly Observation[],
  categories: readonly string[],
  note: (o: Observation) => string,
): { values: (number | null)[]; notes: (string | null)[] } {
  const values: (number | null)[] = categories.map(() => null);
  const notes: (string | null)[] = categories.map(() => null);
  for (const o of observations) {
    const i = categories.indexOf(String(o.period.year));
    if (i < 0 || values[i] !== null) continue;
    values[i] = o.value;
    notes[i] = note(o);
  }
  return { values, notes };
}
