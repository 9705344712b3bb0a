import type { Dataset, Observation, SeriesId } from '@/data/types';
import { annualFlow } from '../energy';
import { formatQualified, qualifiedPrefix } from '../format';
import { formatSeries } from '../series-names';
import type { ChartSpec, SeriesColor, SeriesSpec } from 'chart-render';
import { alignByYear, yearFrame } from './axis';
import { ENERGY_EVENT_CATEGORIES } from './crude-shipped';
import { eventLayer, type TimeAxisOptions } from './events';
import { sideColor } from './palette';
import { chartSources } from './sources';

/** The three oil flows, never one: what the line carries, what Kazakhstan sells, what transits. */
const FLOWS: { series: SeriesId; id: string; label: string; color: SeriesColor }[] = [
  {
    series: 'crude-oil-via-pipeline',
    id: 'oil-pipeline-throughput',
    label: 'Pipeline throughput',
    color: sideColor.unstated,
  },
  {
    series: 'crude-exports-kz-to-cn',
    id: 'oil-kazakh-exports',
    label: 'Kazakh crude exports',
    color: sideColor.KZ,
  },
  {
    series: 'russian-oil-transit-to-cn',
    id: 'oil-russian-transit',
    label: 'Russian oil in transit',
    color: 'purple',
  },
];

const note = (o: Observation) => `${qualifiedPrefix(o)}${o.reportedBy}`;

/**
 * Oil to China by year, Mt: pipeline throughput, Kazakh crude exports by every route and
 * Russian oil in transit, three series side by side and never summed (since about 2014 the
 * pipeline also carries Russian oil, so throughput is not Kazakh exports). One figure per year
 * and series (`annualFlow`); partial years stay in the tables. Events are marked unless
 * `events: false`.
 *
 * @example oilFlowsSpec(d).series.map((s) => s.id) // → ['oil-pipeline-throughput', 'oil-kazakh-exports', 'oil-russian-transit']
 */
export function oilFlowsSpec(d: Dataset, opts: TimeAxisOptions = {}): ChartSpec {
  const flows = FLOWS.map((f) => ({ ...f, obs: annualFlow(d, f.series) }));
  const years = flows.flatMap((f) => f.obs.map((o) => o.period.year));
  const first = years.length ? Math.min(...years) : 0;
  const last = years.length ? Math.max(...years) : -1;
  const frame = yearFrame(first, last);
  const series: SeriesSpec[] = [];
  const usedSources: string[] = [];
  for (const f of flows) {
    if (f.obs.length === 0) continue;
    const { values, notes } = alignByYear(f.obs, frame, note);
    usedSources.push(...f.obs.map((o) => o.sourceId));
    series.push({
      id: f.id,
      name: formatSeries(f.series),
      label: f.label,
      mark: 'bar',
      kind: 'reported',
      color: f.color,
      values,
      notes,
    });
  }
  const events = eventLayer(d, [first, last + 1], opts, ENERGY_EVENT_CATEGORIES);
  const { sources, sourceLine } = chartSources(d, [...usedSources, ...events.sourceIds]);
  return {
    id: 'oil-flows',
    title: 'Oil to China: pipeline throughput, Kazakh exports and Russian transit',
    subtitle:
      'Million tonnes a year, as reported: three different measures side by side, never added. An empty year has no figure.',
    categories: frame.categories,
    bands: frame.bands,
    xLabel: 'Year',
    yLabel: 'Mt',
    valueFormat: 'mt',
    series,
    events: events.events,
    sourceLine,
    sources,
    notes: [
      'Since 2014 the Atasu–Alashankou line also carries Russian oil in transit to China, so its throughput is not Kazakhstan’s exports.',
      'Kazakh exports count every route the source counts; its note says when a figure is the pipeline only.',
      ...annualFlow(d, 'russian-oil-transit-to-cn-uz').map(
        (o) =>
          `Russian transit to China and Uzbekistan together (${formatQualified(o.value, o.unit, o.qualifier)} in ${o.period.year}) is a different measure and is not drawn.`,
      ),
    ],
  };
}
