import type { Dataset } from '@/data/types';
import { formatPct, formatStatistic, formatUsdBn } from '../format';
import { formatUsdBnDifference } from '../format-difference';
import { mirrorGaps } from '../mirror';
import { sideColor, sideName } from './palette';
import { chartSources } from './sources';
import type { ChartSpec } from './spec';
import { eventLayer, type TimeAxisOptions } from './time-axis';

/**
 * Mirror statistics: for each year both Chinese and Kazakh figures exist, the two levels and the
 * CN − KZ gap (hollow bar; its % of the Kazakh figure in the notes). The axis runs from the first
 * to the last such year; years without both stay empty. Events are marked unless `events: false`.
 *
 * @example mirrorGapSpec(d).series[2].values.filter((v) => v !== null) // → [0.1, 5.97, 8.18, 7, 7.2, 9.5, −0.18] (US$ bn, up to float noise)
 */
export function mirrorGapSpec(d: Dataset, opts: TimeAxisOptions = {}): ChartSpec {
  const gaps = mirrorGaps(d);
  const first = gaps[0]?.year ?? 0;
  const last = gaps.at(-1)?.year ?? -1;
  const categories = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  const blank = () => categories.map(() => null as number | null);
  const cn = blank();
  const kz = blank();
  const gap = blank();
  const cnNotes = blank() as (string | null)[];
  const kzNotes = blank() as (string | null)[];
  const gapNotes = blank() as (string | null)[];
  const usedSources: string[] = [];
  for (const g of gaps) {
    const i = g.year - first;
    cn[i] = g.cn.value;
    kz[i] = g.kz.value;
    gap[i] = g.gapAbsolute;
    cnNotes[i] = `${formatStatistic(g.cn.statistic)}: ${g.cn.reportedBy}`;
    kzNotes[i] = `${formatStatistic(g.kz.statistic)}: ${g.kz.reportedBy}`;
    gapNotes[i] =
      `${g.cn.value} − ${g.kz.value} = ${formatUsdBnDifference(g.gapAbsolute, [g.cn.value, g.kz.value])}, ${formatPct(g.gapPctOfKz, { sign: true })} of the Kazakh figure`;
    usedSources.push(g.cn.sourceId, g.kz.sourceId);
  }
  const events = eventLayer(d, categories, opts);
  const { sources, sourceLine } = chartSources(d, [...usedSources, ...events.sourceIds]);
  return {
    id: 'mirror-gap',
    title: 'Mirror statistics: Chinese against Kazakh figures for the same year',
    subtitle:
      'US$ bn. Solid: each side’s reported turnover; hollow: the gap, Chinese minus Kazakh. Only years both sides report; the rest stay empty.',
    categories,
    xLabel: 'Year',
    yLabel: 'US$ bn',
    valueFormat: 'usd-bn',
    series: [
      {
        id: 'mirror-cn',
        name: sideName.CN,
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
        mark: 'bar',
        kind: 'estimate',
        color: sideColor.unstated,
        values: gap,
        notes: gapNotes,
        statisticLabel: 'Computed by mirrorGaps',
      },
    ],
    annotations: events.annotations,
    sourceLine,
    sources,
    notes: gaps.map(
      (g) =>
        `${g.year}: ${formatUsdBn(g.cn.value)} (${formatStatistic(g.cn.statistic)}) − ${formatUsdBn(g.kz.value)} (${formatStatistic(g.kz.statistic)}) = ${formatUsdBnDifference(g.gapAbsolute, [g.cn.value, g.kz.value])}, ${formatPct(g.gapPctOfKz, { sign: true })} of the Kazakh figure.`,
    ),
  };
}
