/**
 * Full-year estimates from a first-half figure. Both methods are estimates, to be drawn as such
 * (hollow marks), never stored as reported data.
 */

/**
 * The fraction (0–1) of a year's total that fell in its first half: h1 / fullYear.
 * Null when `fullYear` ≤ 0, an input is not finite, or the result falls outside 0–1 (a half larger
 * than its year means the two figures are not from the same statistic).
 *
 * @example
 * // H1 2006 is not reported; the seed's H1 2007 implies it: impliedPrior(5.97, 60.4) = 3.722.
 * firstHalfShare(3.722, 8.36) // 0.4452
 */
export function firstHalfShare(h1: number, fullYear: number): number | null {
  if (!Number.isFinite(h1) || !Number.isFinite(fullYear) || fullYear <= 0) return null;
  const share = h1 / fullYear;
  return share >= 0 && share <= 1 ? share : null;
}

/**
 * Naive full-year estimate from a first half: h1 × 2 (assumes both halves are equal).
 * Same unit as `h1`; non-finite input passes through.
 *
 * @example annualiseHalfYearNaive(5.97) // 11.94 (US$bn, 2007 from H1 2007; reported 2007: 13.8)
 */
export function annualiseHalfYearNaive(h1: number): number {
  return h1 * 2;
}

/**
 * Seasonal full-year estimate: h1 / share, where `share` is the first-half share of an earlier
 * year (see `firstHalfShare`). Null when `share` ≤ 0 or > 1, or an input is not finite.
 *
 * @example annualiseHalfYearSeasonal(5.97, 0.4452) // 13.41 (US$bn, 2007; reported 2007: 13.8)
 */
export function annualiseHalfYearSeasonal(h1: number, priorYearH1Share: number): number | null {
  if (!Number.isFinite(h1) || !Number.isFinite(priorYearH1Share)) return null;
  if (priorYearH1Share <= 0 || priorYearH1Share > 1) return null;
  return h1 / priorYearH1Share;
}
