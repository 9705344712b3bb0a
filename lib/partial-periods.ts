/**
 * Partial-year figures (Jan–Apr, Q1, H1, nine months…) with same-period-a-year-earlier
 * arithmetic: the same side's figure for the same months a year before, the growth computed
 * against it, and the level a stated rate implies for that earlier period. Never annual values.
 */
import type { Dataset, Observation, SeriesId } from '@/data/types';
import { formatUsdBn, formatValue, statisticSide } from './format';
import { impliedPrior } from './growth';
import { growthReport } from './growth-report';
import { formatPeriod, isPartialYear, samePeriodPreviousYear } from './periods';
import { observationsOf, type Side } from './select';

/** One partial-year figure and its comparison with the same period a year earlier. */
export interface PartialYearRow {
  observation: Observation;
  side: Side;
  /** "Jan–Oct 2022" for a Jan–Oct 2023 figure. */
  previousLabel: string;
  /** The same side's figure for that earlier period; null when none is known. */
  previous: Observation | null;
  /** Growth against `previous`, in percent; null without one. */
  computedPct: number | null;
  /** The earlier level the stated rate implies (derived), with its formula; null without a rate. */
  implied: { value: number; formula: string } | null;
}

/**
 * Every partial-year figure of a series in period order, each with the same side's figure for
 * the same period a year earlier (when the dataset has one), the growth computed against it,
 * and the earlier level its stated rate implies (`impliedPrior`). Empty without partial years.
 *
 * @example partialYearRows(d).find((r) => r.observation.id === 'trade-2023m01-10-kz-media')?.computedPct
 * // → 23.35… (24.3 against the Kazakh 19.7 of Jan–Oct 2022)
 */
export function partialYearRows(d: Dataset, series: SeriesId = 'trade-turnover'): PartialYearRow[] {
  const growth = new Map(growthReport(d, series).map((r) => [r.observation.id, r]));
  return observationsOf(d, series)
    .filter((o) => isPartialYear(o.period))
    .map((o) => {
      const g = growth.get(o.id);
      const stated = o.statedGrowth?.pct;
      const value = stated === undefined ? null : impliedPrior(o.value, stated);
      const format = (x: number) => (o.unit === 'usd-bn' ? formatUsdBn(x) : formatValue(x, o.unit));
      return {
        observation: o,
        side: statisticSide(o.statistic),
        previousLabel: formatPeriod(samePeriodPreviousYear(o.period)),
        previous: g?.prior ?? null,
        computedPct: g?.computedPct ?? null,
        implied:
          value === null || stated === undefined
            ? null
            : { value, formula: `${o.value} / (1 + ${stated}%) = ${format(value)}` },
      };
    });
}
