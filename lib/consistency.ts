/**
 * Does a growth rate a source states agree with the levels it is said to connect, given that
 * both levels and the rate are published rounded?
 */

/** Shown in the UI next to every consistency verdict. */
export const CONSISTENCY_RULE =
  'A stated growth rate counts as consistent when some values that round to the published levels give a growth rate that rounds to the published rate (for "more than X%", when the highest such growth exceeds X%).';

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
 * implied by the rounding intervals of `current` and `prior` must overlap the rounding interval of
 * `statedPct`; with `qualifier: 'more-than'`, its upper end must exceed `statedPct`.
 * All fields are null when `prior` ≤ 0 or an input is not finite.
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
  qualifier?: 'more-than';
}): StatedGrowthCheck {
  const { current, prior, statedPct, qualifier } = args;
  if (![current, prior, statedPct].every(Number.isFinite) || prior <= 0) {
    return { computedPct: null, differencePp: null, impliedRangePct: null, consistent: null };
  }
  const computedPct = (current / prior - 1) * 100;
  const [cLo, cHi] = roundingInterval(current);
  const [pLo, pHi] = roundingInterval(prior);
  // All four corners, so a negative current (never in trade data, but possible) is still right.
  const corners = [cLo / pLo, cLo / pHi, cHi / pLo, cHi / pHi].map((r) => (r - 1) * 100);
  const impliedRangePct: [number, number] = [Math.min(...corners), Math.max(...corners)];
  const [sLo, sHi] = roundingInterval(statedPct);
  const consistent =
    qualifier === 'more-than'
      ? impliedRangePct[1] > statedPct
      : impliedRangePct[1] >= sLo && impliedRangePct[0] <= sHi;
  return { computedPct, differencePp: computedPct - statedPct, impliedRangePct, consistent };
}
