import type { Dataset, Observation, SeriesId } from '@/data/types';
import { statisticSide } from './format';
import { growthReport, type GrowthRow } from './growth-report';
import { observationsOf, type Side } from './select';

/** One figure of a series with its growth, when a rate was stated or can be computed. */
export interface SeriesGrowthRow {
  observation: Observation;
  side: Side;
  /** The `growthReport` row for this figure; null when it has neither a stated nor a computable rate. */
  growth: GrowthRow | null;
}

/**
 * Every figure of a series, in period order, each with its `growthReport` row (stated rate,
 * rate computed from the same side's prior level, and the consistency check) or null. Unlike
 * `growthReport`, figures without any rate are kept, so a table can list the series in full.
 *
 * @example seriesWithGrowth(d).find((r) => r.observation.id === 'trade-2007-unstated')?.growth?.computedPct
 * // → 65.07… (13.8 against 8.36, both unstated)
 */
export function seriesWithGrowth(
  d: Dataset,
  series: SeriesId = 'trade-turnover',
): SeriesGrowthRow[] {
  const byId = new Map(growthReport(d, series).map((r) => [r.observation.id, r]));
  return observationsOf(d, series).map((o) => ({
    observation: o,
    side: statisticSide(o.statistic),
    growth: byId.get(o.id) ?? null,
  }));
}

/**
 * The consistency panel: every figure whose source stated a growth rate, with the rate computed
 * from our levels of the same side and the check of one against the other (null check when the
 * prior level is missing). Period order.
 *
 * @example statedGrowthChecks(d).map((r) => r.observation.id)[0] // → 'trade-2006-unstated'
 */
export function statedGrowthChecks(d: Dataset, series: SeriesId = 'trade-turnover'): GrowthRow[] {
  return growthReport(d, series).filter((r) => r.statedPct !== null);
}
