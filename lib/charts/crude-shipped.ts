import type { ChartSpec } from 'chart-render';
import type { Dataset } from '@/data/types';
import { crudeShipped } from '../energy';
import { formatPct, qualifiedPrefix } from '../format';
import { yearFrame } from './axis';
import { eventLayer, type TimeAxisOptions } from './events';
import { sideColor, sideName } from './palette';
import { chartSources } from './sources';

/** Event categories the energy charts mark. */
export const ENERGY_EVENT_CATEGORIES = ['energy'] as const;

/**
 * Crude oil shipped to China through the Kazakhstan–China pipeline, Mt a year: reported years as
 * bars, every year between them on the axis so missing years show as gaps. One series, named by
 * the title, so the bars carry no label of their own. Events are marked unless `events: false`.
 *
 * @example crudeShippedSpec(d).series[0].values.filter((v) => v !== null) // → [1.76, 4.77, 6, 7.73, 10.93, 11.85, 10.8, 12.3082, 10.8827, 11.2]
 */
export function crudeShippedSpec(d: Dataset, opts: TimeAxisOptions = {}): ChartSpec {
  const { years, observations, missingYears } = crudeShipped(d);
  const frame = yearFrame(years[0] ?? 0, years.at(-1) ?? -1);
  const values = frame.blank();
  const notes = frame.blank<string>();
  for (const o of observations) {
    const i = frame.at(o.period.year);
    values[i] = o.value;
    const g = o.statedGrowth;
    notes[i] =
      `${qualifiedPrefix(o)}${o.reportedBy}${g ? `; stated ${formatPct(g.pct, { sign: true })} on the year before` : ''}`;
  }
  const axis = [frame.years[0] ?? 0, (frame.years.at(-1) ?? -1) + 1] as const;
  const events = eventLayer(d, axis, opts, ENERGY_EVENT_CATEGORIES);
  const { sources, sourceLine } = chartSources(d, [
    ...observations.map((o) => o.sourceId),
    ...events.sourceIds,
  ]);
  return {
    id: 'crude-shipped',
    title: 'Crude oil shipped to China through the Kazakhstan–China pipeline',
    subtitle: 'Million tonnes a year, as reported. An empty year has no figure.',
    categories: frame.categories,
    bands: frame.bands,
    xLabel: 'Year',
    yLabel: 'Mt',
    valueFormat: 'mt',
    series: [
      {
        id: 'crude-reported',
        name: 'Crude oil shipped',
        label: null,
        mark: 'bar',
        kind: 'reported',
        color: sideColor.unstated,
        values,
        notes,
        statisticLabel: sideName.unstated,
      },
    ],
    events: events.events,
    sourceLine,
    sources,
    notes:
      missingYears.length > 0
        ? [`No figure found for ${missingYears.join(', ')}; the gaps are not filled.`]
        : [],
  };
}
