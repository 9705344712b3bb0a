import type { Dataset } from '@/data/types';
import { formatPct } from '../format';
import { growthReportBySide } from '../growth-report';
import { formatPeriod } from '../periods';
import { SIDES } from '../side-series';
import { sideColor, sideName } from './palette';
import { chartSources } from './sources';
import type { ChartSpec, SeriesSpec } from './spec';

/**
 * The growth-rate chart: for every period with a stated or computable rate, the rate as the
 * source stated it (solid) beside the rate computed from the same side's levels (hollow),
 * one colour per whose-statistics.
 *
 * @example growthRatesSpec(d).series.map((s) => s.id) // → ['stated-cn', 'computed-cn', …]
 */
export function growthRatesSpec(d: Dataset): ChartSpec {
  const rows = growthReportBySide(d);
  const categories = [...new Set(rows.map((r) => formatPeriod(r.observation.period)))];
  const series: SeriesSpec[] = [];
  const usedSources: string[] = [];

  for (const side of SIDES) {
    const sideRows = rows.filter((r) => r.side === side);
    if (sideRows.length === 0) continue;
    const stated = categories.map(() => null as number | null);
    const statedNotes = categories.map(() => null as string | null);
    const computed = categories.map(() => null as number | null);
    const computedNotes = categories.map(() => null as string | null);
    for (const r of sideRows) {
      const i = categories.indexOf(formatPeriod(r.observation.period));
      if (r.statedPct !== null) {
        stated[i] = r.statedPct;
        const more = r.observation.statedGrowth?.qualifier === 'more-than' ? 'more than ' : '';
        statedNotes[i] =
          `Stated: ${more}${formatPct(r.statedPct, { sign: true })} (${r.observation.reportedBy})`;
        usedSources.push(r.observation.sourceId);
      }
      if (r.computedPct !== null && r.prior) {
        computed[i] = r.computedPct;
        computedNotes[i] =
          `yoyGrowthPct(${r.observation.value}, ${r.prior.value}) = ${formatPct(r.computedPct, { sign: true })}`;
        usedSources.push(r.observation.sourceId, r.prior.sourceId);
      }
    }
    const key = side.toLowerCase();
    if (stated.some((v) => v !== null)) {
      series.push({
        id: `stated-${key}`,
        name: `Stated growth, ${sideName[side]}`,
        mark: 'bar',
        kind: 'reported',
        color: sideColor[side],
        values: stated,
        notes: statedNotes,
        statisticLabel: sideName[side],
      });
    }
    if (computed.some((v) => v !== null)) {
      series.push({
        id: `computed-${key}`,
        name: `Computed from levels, ${sideName[side]}`,
        mark: 'bar',
        kind: 'estimate',
        color: sideColor[side],
        values: computed,
        notes: computedNotes,
        statisticLabel: sideName[side],
      });
    }
  }

  const { sources, sourceLine } = chartSources(d, usedSources);
  return {
    id: 'growth-rates',
    title: `${d.partners.join('–')} trade growth: stated and computed`,
    subtitle:
      'Year-on-year change, %. Solid: the rate a source stated; hollow: computed from the levels of the same side’s statistics (H1: on the same half a year earlier).',
    categories,
    xLabel: 'Period',
    yLabel: '% change',
    valueFormat: 'pct',
    series,
    annotations: [],
    sourceLine,
    sources,
    notes: [
      'A computed rate needs both years in the same side’s statistics; Chinese and Kazakh levels are never mixed.',
    ],
  };
}
