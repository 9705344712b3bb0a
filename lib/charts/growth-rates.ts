import type { ChartSpec, SeriesSpec } from 'chart-render';
import type { Dataset } from '@/data/types';
import { formatPct } from '../format';
import { growthReportBySide } from '../growth-report';
import { SIDES } from '../side-series';
import { periodFrame } from './axis';
import { sideColor, sideName } from './palette';
import { chartSources } from './sources';

/**
 * The growth-rate chart, a dot plot on a time axis: for every period with a stated or computable
 * rate, the rate a source stated (solid dot) and the rate computed from the same side's levels
 * (hollow ring), one colour per whose-statistics; where the two agree the ring sits around the
 * dot. Dots, not bars: a year can hold four rates, and four bars a year would be under 12 px wide.
 *
 * @example growthRatesSpec(d).series.map((s) => s.id) // → ['stated-cn', 'computed-cn', …]
 */
export function growthRatesSpec(d: Dataset): ChartSpec {
  const rows = growthReportBySide(d);
  const frame = periodFrame(rows.map((r) => r.observation.period));
  const series: SeriesSpec[] = [];
  const usedSources: string[] = [];

  for (const side of SIDES) {
    const sideRows = rows.filter((r) => r.side === side);
    if (sideRows.length === 0) continue;
    // Full-year rates as reported; part-year rates (H1) in their own light series, never as a year.
    const stated = frame.blank();
    const statedNotes = frame.blank<string>();
    const part = frame.blank();
    const partNotes = frame.blank<string>();
    const computed = frame.blank();
    const computedNotes = frame.blank<string>();
    for (const r of sideRows) {
      const i = frame.at(r.observation.period);
      if (r.statedPct !== null) {
        const more = r.observation.statedGrowth?.qualifier === 'more-than' ? 'more than ' : '';
        const text = `Stated: ${more}${formatPct(r.statedPct, { sign: true })} (${r.observation.reportedBy})`;
        const [v, n] =
          r.observation.period.type === 'year' ? [stated, statedNotes] : [part, partNotes];
        v[i] = r.statedPct;
        n[i] = text;
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
    const common = {
      mark: 'point',
      color: sideColor[side],
      label: sideName[side],
      statisticLabel: sideName[side],
    } as const;
    const add = (
      id: string,
      name: string,
      kind: SeriesSpec['kind'],
      values: (number | null)[],
      notes: (string | null)[],
    ) => {
      if (values.some((v) => v !== null)) series.push({ ...common, id, name, kind, values, notes });
    };
    add(`stated-${key}`, `Stated growth, ${sideName[side]}`, 'reported', stated, statedNotes);
    add(
      `stated-part-${key}`,
      `Stated growth of a half-year, ${sideName[side]}`,
      'half-year',
      part,
      partNotes,
    );
    add(
      `computed-${key}`,
      `Computed from levels, ${sideName[side]}`,
      'estimate',
      computed,
      computedNotes,
    );
  }

  const { sources, sourceLine } = chartSources(d, usedSources);
  return {
    id: 'growth-rates',
    title: `${d.partners.join('–')} trade growth: stated and computed`,
    subtitle:
      'Change on a year earlier, %. A computed rate uses two levels of the same side’s statistics (a half-year: the same half a year earlier).',
    categories: frame.categories,
    bands: frame.bands,
    xLabel: 'Period',
    yLabel: '% change',
    valueFormat: 'pct',
    series,
    kindText: {
      reported: 'as stated',
      'half-year': 'as stated, half-year',
      estimate: 'computed from levels',
    },
    events: [],
    sourceLine,
    sources,
    notes: [],
  };
}
