/**
 * Growth rates and the levels they imply. All rates are in percent (22.94 means +22.94%), all
 * levels in the caller's unit. Every function returns null, never NaN or Infinity, when the maths
 * has no answer.
 */

/** True when every argument is a finite number. */
function allFinite(...xs: number[]): boolean {
  return xs.every(Number.isFinite);
}

/**
 * Growth of `current` over `prior`, in percent: (current / prior − 1) × 100.
 * Null when `prior` ≤ 0 (no meaningful base) or either input is not finite.
 *
 * @example yoyGrowthPct(8.36, 6.8) // 22.94… (2006 vs 2005 trade, US$bn; the seed states +22.8%)
 */
export function yoyGrowthPct(current: number, prior: number): number | null {
  if (!allFinite(current, prior) || prior <= 0) return null;
  return (current / prior - 1) * 100;
}

/**
 * The prior level a stated growth rate implies: level / (1 + pct / 100).
 * Null when `statedGrowthPct` ≤ −100 (the base would be infinite or negative) or an input is not
 * finite.
 *
 * @example impliedPrior(8.36, 22.8) // 6.8078… (US$bn, 2005 as implied by the seed's 2006 figure)
 */
export function impliedPrior(level: number, statedGrowthPct: number): number | null {
  if (!allFinite(level, statedGrowthPct) || statedGrowthPct <= -100) return null;
  return level / (1 + statedGrowthPct / 100);
}

/**
 * Compound annual growth rate, in percent: ((end / start)^(1 / years) − 1) × 100.
 * `years` may be fractional (see `yearsBetween`). Null when `startValue` ≤ 0, `endValue` < 0,
 * `years` ≤ 0 or an input is not finite. An end of 0 gives −100.
 *
 * @example cagrPct(1.5, 8.36, 6) // 33.15… (trade 2000 CN customs → 2006 unstated, US$bn)
 */
export function cagrPct(startValue: number, endValue: number, years: number): number | null {
  if (!allFinite(startValue, endValue, years)) return null;
  if (startValue <= 0 || endValue < 0 || years <= 0) return null;
  return ((endValue / startValue) ** (1 / years) - 1) * 100;
}

/**
 * The annual compound growth, in percent, that takes `current` to `target` in `years`. Same
 * maths and null cases as `cagrPct`, named for the forward-looking question.
 *
 * @example requiredGrowthPct(8.36, 12, 2) // 19.81… (2006 level to Nazarbayev's $12bn for 2008)
 */
export function requiredGrowthPct(current: number, target: number, years: number): number | null {
  return cagrPct(current, target, years);
}

/**
 * How far an actual figure landed from a projected one: `absolute` = actual − projected (same
 * unit), `pct` = absolute relative to projected, in percent. `pct` is null when `projected` ≤ 0
 * or an input is not finite; `absolute` is plain subtraction, so pass finite numbers.
 *
 * @example
 * variance(17.5, 12) // { absolute: 5.5, pct: 45.83… } (2008 KZ actual vs Nazarbayev's $12bn)
 */
export function variance(
  actual: number,
  projected: number,
): { absolute: number; pct: number | null } {
  return { absolute: actual - projected, pct: yoyGrowthPct(actual, projected) };
}
