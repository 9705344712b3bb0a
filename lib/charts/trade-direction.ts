import type { Dataset, Observation } from '@/data/types';
import { directionMirrorGaps } from '../direction';
import { formatGapNote } from '../mirror';
import { formatStatistic, qualifiedPrefix } from '../format';
import { annualBySide, SIDES } from '../side-series';
import type { ChartSpec, SeriesSpec } from 'chart-render';
import { alignByYear, yearFrame } from './axis';
import { eventLayer, type TimeAxisOptions } from './events';
import { sideColor, sideName } from './palette';
import { chartSources } from './sources';
import { TRADE_EVENT_CATEGORIES } from './trade-trend';

/** Which way the goods go. */
export type Direction = 'kz-to-cn' | 'cn-to-kz';

const DIRECTION = {
  'kz-to-cn': {
    series: 'trade-kz-to-cn',
    id: 'trade-kz-to-cn',
    title: 'Kazakhstan → China: Kazakh exports, China’s imports, by whose statistics',
    mirror: 'kzToCn',
  },
  'cn-to-kz': {
    series: 'trade-cn-to-kz',
    id: 'trade-cn-to-kz',
    title: 'China → Kazakhstan: China’s exports, Kazakh imports, by whose statistics',
    mirror: 'cnToKz',
  },
} as const;

const note = (o: Observation) =>
  `${qualifiedPrefix(o)}${formatStatistic(o.statistic)}: ${o.reportedBy}`;

/**
 * One direction of trade by year: a bar per whose-statistics (the figure `annualBySide` picks
 * when a side reports a year twice), every year from the first to the last figure on the axis so
 * missing years show as gaps. The notes give the mirror gap (China's figure minus Kazakhstan's)
 * for the years both report. Events are marked unless `events: false`.
 *
 * @example tradeDirectionSpec(d, 'cn-to-kz').notes[0]
 * // → "2013: $12.5bn (Chinese customs) − $8.193bn (Kazakh ministry) = $4.31bn, +52.6% of the Kazakh figure."
 */
export function tradeDirectionSpec(
  d: Dataset,
  direction: Direction,
  opts: TimeAxisOptions = {},
): ChartSpec {
  const def = DIRECTION[direction];
  const bySide = SIDES.map((side) => ({ side, obs: annualBySide(d, def.series, side) }));
  const years = bySide.flatMap((s) => s.obs.map((o) => o.period.year));
  const first = years.length ? Math.min(...years) : 0;
  const last = years.length ? Math.max(...years) : -1;
  const frame = yearFrame(first, last);
  const series: SeriesSpec[] = [];
  const usedSources: string[] = [];
  for (const { side, obs } of bySide) {
    if (obs.length === 0) continue;
    const { values, notes } = alignByYear(obs, frame, note);
    usedSources.push(...obs.map((o) => o.sourceId));
    series.push({
      id: `${direction}-${side.toLowerCase()}`,
      name: sideName[side],
      label: sideName[side],
      mark: 'bar',
      kind: 'reported',
      color: sideColor[side],
      values,
      notes,
      statisticLabel: sideName[side],
    });
  }
  const gaps = directionMirrorGaps(d)[def.mirror];
  const events = eventLayer(d, [first, last + 1], opts, TRADE_EVENT_CATEGORIES);
  const { sources, sourceLine } = chartSources(d, [...usedSources, ...events.sourceIds]);
  return {
    id: def.id,
    title: def.title,
    subtitle:
      'US$ bn a year. A side with two figures for a year shows its agency’s; an empty year has no figure.',
    categories: frame.categories,
    bands: frame.bands,
    xLabel: 'Year',
    yLabel: 'US$ bn',
    valueFormat: 'usd-bn',
    series,
    events: events.events,
    sourceLine,
    sources,
    notes: [...gaps.map(formatGapNote)],
  };
}
