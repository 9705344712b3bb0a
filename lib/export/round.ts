import type { ValueFormat } from 'chart-render';

/**
 * Rounding at the export edge. Sourced figures never have more than `LEVEL_DECIMALS` decimals
 * (the validator rejects more), so rounding to it changes no sourced figure and removes only the
 * binary noise of arithmetic (28.5 − 22.53 = 5.969999999999999 → 5.97).
 */

/** Decimals kept for levels (US$ bn, Mt, bcm): the finest any source gives (0.625783 Mt). */
export const LEVEL_DECIMALS = 6;
/** Decimals kept for percentages and percentage points (22.941176…% → 22.94). */
export const PCT_DECIMALS = 2;

/** The rule, for the README and the export documentation. */
export const EXPORT_PRECISION_RULE = `Derived values are rounded at the export edge: levels (US$ bn, Mt, bcm) to ${LEVEL_DECIMALS} decimals, the finest any source gives, so no sourced figure changes; percentages to ${PCT_DECIMALS} decimals. Sourced figures are exported exactly as stated; formulas keep their exact inputs.`;

/**
 * `x` rounded half away from zero to `decimals` places, as the shortest number that prints it
 * (no trailing zeros, no binary noise); null, NaN and ±∞ pass through as null.
 *
 * @example roundTo(28.5 - 22.53, 6) // 5.97
 */
export function roundTo(x: number | null, decimals: number): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  const f = 10 ** decimals;
  // toPrecision(15) first, so 1.0049999999999999 (really 1.005) rounds up as a reader expects.
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  const rounded = (Math.sign(x) * Math.round(scaled)) / f;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * A derived level for export: `roundTo(x, LEVEL_DECIMALS)`.
 *
 * @example roundLevel(14.334 - 8.193) // 6.141 (Kazakh statistics, 2013 balance, US$ bn)
 */
export function roundLevel(x: number | null): number | null {
  return roundTo(x, LEVEL_DECIMALS);
}

/**
 * A derived percentage for export: `roundTo(x, PCT_DECIMALS)`.
 *
 * @example roundPct(26.498002663115845) // 26.5 (2013 mirror gap, % of the Kazakh figure)
 */
export function roundPct(x: number | null): number | null {
  return roundTo(x, PCT_DECIMALS);
}

/**
 * A chart value for export, by the chart's value format: percentages by `roundPct`, levels by
 * `roundLevel`. Used by every export that writes chart values as numbers (CSV, PPTX sheets).
 *
 * @example roundChartValue(28.5 - 22.53, 'usd-bn') // 5.97 (2013 mirror gap, US$ bn)
 */
export function roundChartValue(x: number | null, format: ValueFormat): number | null {
  return format === 'pct' ? roundPct(x) : roundLevel(x);
}
