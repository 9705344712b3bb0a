/**
 * "Nice" ticks for a value axis: steps of 1, 2, 2.5 or 5 × 10^k, about `target` intervals,
 * covering [min, max] (and zero, when `includeZero`), whichever bound is larger. A flat or empty
 * range gets [0, 1].
 *
 * @example niceTicks(0, 43.82) // → { ticks: [0, 10, 20, 30, 40, 50], step: 10 }
 * @example niceTicks(-46.3, 66) // → { ticks: [-50, -25, 0, 25, 50, 75], step: 25 }
 */
export function niceTicks(
  min: number,
  max: number,
  target = 5,
  includeZero = true,
): { ticks: number[]; step: number } {
  if (min > max) [min, max] = [max, min];
  let lo = includeZero ? Math.min(0, min) : min;
  let hi = includeZero ? Math.max(0, max) : max;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) [lo, hi] = [0, 1];
  if (lo === hi) hi = lo + 1;
  const rough = (hi - lo) / Math.max(1, target);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  // Rounded to the step's own decimals (2.5 × 10^k needs one more), so 10^-4 × 2 is 0.0002.
  const places = Math.min(100, Math.max(0, 1 - Math.floor(Math.log10(rough))));
  const step = Number(
    (
      [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough * (1 - 1e-12)) ??
      10 * magnitude
    ).toFixed(places),
  );
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toFixed(places)));
  return { ticks, step };
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

/**
 * The years to label on a time axis whose bands are whole years from `first` to `last`: every
 * `step` years (the smallest of 1, 2, 5, 10, … that leaves `minGapPx` between labels `labelPx`
 * wide), on multiples of the step, plus the first and last year where they fit.
 *
 * @example yearLabels(2000, 2024, 40, 30, 8) // → [2000, 2001, …, 2024] (every year fits)
 * @example yearLabels(2000, 2024, 12, 30, 8) // → [2000, 2005, 2010, 2015, 2020, 2024]
 */
export function yearLabels(
  first: number,
  last: number,
  pxPerYear: number,
  labelPx: number,
  minGapPx: number,
): number[] {
  if (last < first) return [];
  const need = (labelPx + minGapPx) / Math.max(pxPerYear, 1e-6);
  const step = YEAR_STEPS.find((s) => s >= need - 1e-9) ?? Math.ceil(need / 100) * 100;
  const years: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) years.push(y);
  if (years.length === 0) return [first];
  if (years[0] !== first && years[0]! - first >= need) years.unshift(first);
  if (years.at(-1) !== last && last - years.at(-1)! >= need) years.push(last);
  return years;
}
