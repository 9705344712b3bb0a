import type { ChartSpec } from 'chart-render';
import type { Dataset } from '@/data/types';
import { formatPct, formatStatistic } from '../format';
import { formatUsdBnDifference } from '../format-difference';
import { formatGapNote, gapBound, mirrorGaps } from '../mirror';
import { yearFrame } from './axis';
import { eventLayer, type TimeAxisOptions } from './events';
import { sideColor, sideName } from './palette';
import { chartSources } from './sources';
import { TRADE_EVENT_CATEGORIES } from './trade-trend';

/**
 * Mirror statistics: for each year both Chinese and Kazakh figures exist, the two levels and the
 * CN − KZ gap (a hollow bar: computed), each named above its last bar. The axis runs from the
 * first to the last such year; years without both stay empty. Events are marked unless
 * `events: false`.
 *
 * @example mirrorGapSpec(d).series[2].values.filter((v) => v !== null) // → [0.1, 5.97, 8.18, 7, 7.2, 9.5, −0.18] (US$ bn, up to float noise)
 */
export function mirrorGapSpec(d: Dataset, opts: TimeAxisOptions = {}): ChartSpec {
  const gaps = mirrorGaps(d);
  const frame = yearFrame(gaps[0]?.year ?? 0, gaps.at(-1)?.year ?? -1);
  const cn = frame.blank();
  const kz = frame.blank();
  const gap = frame.blank();
  const cnNotes = frame.blank<string>();
  const kzNotes = frame.blank<string>();
  const gapNotes = frame.blank<string>();
  const usedSources: string[] = [];
  for (const g of gaps) {
    const i = frame.at(g.year);
    cn[i] = g.cn.value;
    kz[i] = g.kz.value;
    gap[i] = g.gapAbsolute;
    cnNotes[i] = `${formatStatistic(g.cn.statistic)}: ${g.cn.reportedBy}`;
    kzNotes[i] = `${formatStatistic(g.kz.statistic)}: ${g.kz.reportedBy}`;
    gapNotes[i] =
      `${g.cn.value} − ${g.kz.value} = ${gapBound(g.cn.qualifier, g.kz.qualifier)}${formatUsdBnDifference(g.gapAbsolute, [g.cn.value, g.kz.value])}, ${formatPct(g.gapPctOfKz, { sign: true })} of the Kazakh figure`;
    usedSources.push(g.cn.sourceId, g.kz.sourceId);
  }
  const axis = [frame.years[0] ?? 0, (frame.years.at(-1) ?? -1) + 1] as const;
  const events = eventLayer(d, axis, opts, TRADE_EVENT_CATEGORIES);
  const { sources, sourceLine } = chartSources(d, [...usedSources, ...events.sourceIds]);
  return {
    id: 'mirror-gap',
    title: 'Mirror statistics: Chinese against Kazakh figures for the same year',
    subtitle:
      'US$ bn. Only years both sides report; the gap is the Chinese figure minus the Kazakh one.',
    categories: frame.categories,
    bands: frame.bands,
    xLabel: 'Year',
    yLabel: 'US$ bn',
    valueFormat: 'usd-bn',
    series: [
      {
        id: 'mirror-cn',
        name: sideName.CN,
        label: sideName.CN,
        mark: 'bar',
        kind: 'reported',
        color: sideColor.CN,
        values: cn,
        notes: cnNotes,
        statisticLabel: sideName.CN,
      },
      {
        id: 'mirror-kz',
        name: sideName.KZ,
        label: sideName.KZ,
        mark: 'bar',
        kind: 'reported',
        color: sideColor.KZ,
        values: kz,
        notes: kzNotes,
        statisticLabel: sideName.KZ,
      },
      {
        id: 'mirror-gap',
        name: 'Gap, Chinese − Kazakh (computed)',
        label: 'Gap, CN − KZ',
        mark: 'bar',
        kind: 'estimate',
        color: sideColor.unstated,
        values: gap,
        notes: gapNotes,
        statisticLabel: 'Computed by mirrorGaps',
      },
    ],
    kindText: { estimate: 'computed' },
    events: events.events,
    sourceLine,
    sources,
    notes: gaps.map(formatGapNote),
  };
}
