import type { Dataset } from '@/data/types';
import { crudeShipped } from '../energy';
import { formatPct, qualifiedPrefix } from '../format';
import { sideColor, sideName } from './palette';
import { chartSources } from './sources';
import type { ChartSpec } from './spec';
import { eventLayer, type TimeAxisOptions } from './time-axis';

/**
 * Crude oil shipped to China through the Kazakhstan–China pipeline, Mt a year: reported years
 * as bars, every year between them on the axis so missing years show as gaps. Events are
 * marked unless `events: false`.
 *
 * @example crudeShippedSpec(d).series[0].values.filter((v) => v !== null) // → [1.76, 4.77, 6, 7.73, 10.93, 11.85, 10.8, 12.3082, 10.8827, 11.2]
 */
export function crudeShippedSpec(d: Dataset, opts: TimeAxisOptions = {}): ChartSpec {
  const { years, observations, missingYears } = crudeShipped(d);
  const categories = years.map(String);
  const values = categories.map(() => null as number | null);
  const notes = categories.map(() => null as string | null);
  for (const o of observations) {
    const i = years.indexOf(o.period.year);
    values[i] = o.value;
    const g = o.statedGrowth;
    notes[i] =
      `${qualifiedPrefix(o)}${o.reportedBy}${g ? `; stated ${formatPct(g.pct, { sign: true })} on the year before` : ''}`;
  }
  const events = eventLayer(d, categories, opts);
  const { sources, sourceLine } = chartSources(d, [
    ...observations.map((o) => o.sourceId),
    ...events.sourceIds,
  ]);
  return {
    id: 'crude-shipped',
    title: 'Crude oil shipped to China through the Kazakhstan–China pipeline',
    subtitle: 'Million tonnes a year, as reported. Empty years: no figure found.',
    categories,
    xLabel: 'Year',
    yLabel: 'Mt',
    valueFormat: 'mt',
    series: [
      {
        id: 'crude-reported',
        name: 'Crude oil shipped',
        mark: 'bar',
        kind: 'reported',
        color: sideColor.unstated,
        values,
        notes,
        statisticLabel: sideName.unstated,
      },
    ],
    annotations: events.annotations,
    sourceLine,
    sources,
    notes:
      missingYears.length > 0
        ? [`No figure found for ${missingYears.join(', ')}; the gaps are not filled.`]
        : [],
  };
}
