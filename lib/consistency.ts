/**
 * Does a growth rate a source states agree with the levels it is said to connect, given that
 * both levels and the rate are published rounded?
 */

import type { Qualifier } from '@/data/types';

/** Shown in the UI next to every consistency verdict. */
export const CONSISTENCY_RULE =
  'A stated growth rate counts as consistent when some values that round to the published levels give a growth rate that rounds to the published rate (for "more than X%", when the highest such growth exceeds X%). A bounded level counts as every value its word allows: "more than X" from X up, "about X" within 10% of X, "almost" or "nearly X" from 90% of X up to X.';

/** The share of a value that "about", "almost" and "nearly" allow, by `CONSISTENCY_RULE`. */
export const APPROXIMATE_SHARE = 0.1;

/**
 * Digits after the decimal point in JavaScript's shortest representation of `x`; 0 for integers
 * and non-finite input. Handles exponent notation (1.5e-7 → 8).
 *
 * @example decimalsOf(13.8) // 1; decimalsOf(8.36) // 2; decimalsOf(18) // 0
 */
export function decimalsOf(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const [mantissa = '', exponent = '0'] = Math.abs(x).toString().split('e');
  const fractionDigits = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fractionDigits - Number(exponent));
}

/**
 * The interval of true values that round to `x` at `decimals` places (default: the decimals `x`
 * is written with): [x − ½·10^−decimals, x + ½·10^−decimals], ends cleaned of float noise.
 * A negative `decimals` means rounded to tens, hundreds, …; non-finite `x` passes through.
 *
 * @example roundingInterval(13.8) // [13.75, 13.85] (US$bn, 2007 trade)
 */
export function roundingInterval(x: number, decimals: number = decimalsOf(x)): [number, number] {
  const half = 0.5 * 10 ** -decimals;
  const digits = Math.max(0, decimals + 1);
  const clean = (v: number) =>
    digits <= 100 && Number.isFinite(v) ? Number(v.toFixed(digits)) : v;
  return [clean(x - half), clean(x + half)];
}

/**
 * Every true value a published figure allows, as a closed interval: its rounding interval when
 * exact; [x, ∞) for "more than x"; [0.9x, 1.1x] for "about x"; [0.9x, x] for "almost" and
 * "nearly x" (`APPROXIMATE_SHARE`). For x < 0 the ends swap, so the interval stays ordered.
 *
 * @example valueBounds(14.5, 'nearly') // [13.05, 14.5] (Tokayev's 2019 "nearly USD 14.5 bln")
 */
export function valueBounds(x: number, qualifier?: Qualifier): [number, number] {
  if (!Number.isFinite(x)) return [x, x];
  const clean = (v: number) => Number(v.toFixed(Math.max(0, decimalsOf(x) + 2)));
  const ordered = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a]);
  if (qualifier === 'more-than') return x >= 0 ? [x, Infinity] : [-Infinity, x];
  if (qualifier === 'about')
    return ordered(clean(x * (1 - APPROXIMATE_SHARE)), clean(x * (1 + APPROXIMATE_SHARE)));
  if (qualifier === 'almost' || qualifier === 'nearly')
    return ordered(clean(x * (1 - APPROXIMATE_SHARE)), x);
  return roundingInterval(x);
}

/**
 * True when two closed intervals share at least one value (touching ends count).
 *
 * @example intervalsOverlap([28.45, 28.55], [28.55, 28.65]) // true (2013: 28.5 and 28.6)
 */
export function intervalsOverlap(
  a: readonly [number, number],
  b: readonly [number, number],
): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

export interface StatedGrowthCheck {
  /** Growth of the published levels as given, in percent. */
  computedPct: number | null;
  /** computedPct − stated rate, in percentage points. */
  differencePp: number | null;
  /** Lowest and highest growth (%) from any values that round to the published levels. */
  impliedRangePct: [number, number] | null;
  consistent: boolean | null;
}

/**
 * Checks a stated growth rate against the two levels by `CONSISTENCY_RULE`: the growth interval
 * implied by `valueBounds` of `current` and `prior` must overlap the interval of `statedPct`
 * (its rounding interval; [0.9p, p] for `almost`); with `qualifier: 'more-than'`, its upper end
 * must exceed `statedPct`. All fields are null when the prior's lowest value is ≤ 0 or an input
 * is not finite.
 *
 * @example
 * // 2007 "+66%" (VOA) against 13.8 (2007) and 8.36 (2006), US$bn:
 * checkStatedGrowth({ current: 13.8, prior: 8.36, statedPct: 66 })
 * // computed 65.07%, implied range [64.37, 65.77] overlaps [65.5, 66.5]:
 * // { computedPct: 65.07…, differencePp: −0.93…, impliedRangePct: [64.37…, 65.77…],
 * //   consistent: true }
 */
export function checkStatedGrowth(args: {
  current: number;
  prior: number;
  statedPct: number;
  qualifier?: 'more-than' | 'almost';
  currentQualifier?: Qualifier;
  priorQualifier?: Qualifier;
}): StatedGrowthCheck {
  const { current, prior, statedPct, qualifier } = args;
  const none = { computedPct: null, differencePp: null, impliedRangePct: null, consistent: null };
  if (![current, prior, statedPct].every(Number.isFinite) || prior <= 0) return none;
  const [cLo, cHi] = valueBounds(current, args.currentQualifier);
  const [pLo, pHi] = valueBounds(prior, args.priorQualifier);
  if (pLo <= 0) return none;
  const computedPct = (current / prior - 1) * 100;
  // Dividing by the widest prior gives the lowest growth; an unbounded prior gives −100%.
  const low = cLo >= 0 ? (cLo / pHi - 1) * 100 : (cLo / pLo - 1) * 100;
  const high = cHi >= 0 ? (cHi / pLo - 1) * 100 : (cHi / pHi - 1) * 100;
  const impliedRangePct: [number, number] = [low, high];
  const [sLo, sHi] =
    qualifier === 'almost' ? valueBounds(statedPct, 'almost') : roundingInterval(statedPct);
  const consistent =
    qualifier === 'more-than'
      ? impliedRangePct[1] > statedPct
      : intervalsOverlap(impliedRangePct, [sLo, sHi]);
  return { computedPct, differencePp: computedPct - statedPct, impliedRangePct, consistent };
}
