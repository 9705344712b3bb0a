import type { Dataset, Observation, SeriesId } from '@/data/types';
import { checkStatedGrowth, type StatedGrowthCheck } from './consistency';
import { statisticSide } from './format';
import { yoyGrowthPct } from './growth';
import { comparePeriods, periodKey, previousPeriod, samePeriodPreviousYear } from './periods';
import { observationsOf, type Side } from './select';
import { preferredObservation } from './side-series';

/** One period's growth as stated by a source and as computed from the same side's levels. */
export interface GrowthRow {
  observation: Observation;
  side: Side;
  /** As the source stated it, in percent; null when it stated none. */
  statedPct: number | null;
  /** The level the growth is measured against (same side's statistics), when we have it. */
  prior: Observation | null;
  /** `yoyGrowthPct(observation, prior)`; null without a prior. */
  computedPct: number | null;
  /** Stated against computed, when both exist. */
  check: StatedGrowthCheck | null;
}

/**
 * Growth per observation: the rate its source stated beside the rate computed from the level of
 * the comparison period (previous year, or the same half a year earlier) in the same side's
 * statistics; when that side reports the comparison period more than once, the figure
 * `preferredObservation` picks. Only rows with a stated or a computable rate are returned, in
 * period order. Chinese and Kazakh levels are never compared with each other.
 *
 * @example growthReport(d).find((r) => r.observation.id === 'trade-2007-unstated')
 *   // → { statedPct: 66, computedPct: 65.07, check: { consistent: true, differencePp: -0.93 } }
 */
export function growthReport(d: Dataset, series: SeriesId = 'trade-turnover'): GrowthRow[] {
  const obs = observationsOf(d, series);
  const rows: GrowthRow[] = [];
  for (const o of obs) {
    const side = statisticSide(o.statistic);
    const basis =
      o.statedGrowth?.basis === 'same-period-previous-year' || o.period.type !== 'year'
        ? samePeriodPreviousYear(o.period)
        : previousPeriod(o.period);
    const prior = preferredObservation(
      d,
      obs.filter(
        (p) => periodKey(p.period) === periodKey(basis) && statisticSide(p.statistic) === side,
      ),
    );
    const statedPct = o.statedGrowth?.pct ?? null;
    const computedPct = prior ? yoyGrowthPct(o.value, prior.value) : null;
    if (statedPct === null && computedPct === null) continue;
    const check =
      prior && o.statedGrowth
        ? checkStatedGrowth({
            current: o.value,
            prior: prior.value,
            statedPct: o.statedGrowth.pct,
            qualifier: o.statedGrowth.qualifier,
            currentQualifier: o.qualifier,
            priorQualifier: prior.qualifier,
          })
        : null;
    rows.push({ observation: o, side, statedPct, prior, computedPct, check });
  }
  return rows.sort((a, b) => comparePeriods(a.observation.period, b.observation.period));
}

/**
 * `growthReport` with one row per period and side: the row of the figure `preferredObservation`
 * picks among that side's figures for the period (the one the charts draw). Period order.
 *
 * @example growthReportBySide(d).filter((r) => r.observation.period.year === 2022 && r.side === 'KZ')
 * // → one row: 24 (+34%, Trend via MENAFN, the only dated source), not the 24.1 and 24.2 of the same year
 */
export function growthReportBySide(d: Dataset, series: SeriesId = 'trade-turnover'): GrowthRow[] {
  const obs = observationsOf(d, series);
  const picked = new Set<string>();
  const groups = new Map<string, Observation[]>();
  for (const o of obs) {
    const key = `${periodKey(o.period)}|${statisticSide(o.statistic)}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  for (const list of groups.values()) {
    const o = preferredObservation(d, list);
    if (o) picked.add(o.id);
  }
  return growthReport(d, series).filter((r) => picked.has(r.observation.id));
}
