import type { Dataset, Observation, Qualifier, SeriesId } from '@/data/types';
import { formatPct, formatQualified, formatStatistic } from './format';
import { formatUsdBnDifference } from './format-difference';
import { variance } from './growth';
import { annualBySide } from './side-series';

/** One year that both Chinese and Kazakh statistics report, and how far apart they are. */
export interface MirrorGap {
  year: number;
  cn: Observation;
  kz: Observation;
  /** CN − KZ, in the series' unit (US$ bn for trade). */
  gapAbsolute: number;
  /** The gap relative to the Kazakh figure, in percent; null when the KZ figure is 0. */
  gapPctOfKz: number | null;
}

/**
 * Mirror statistics: for every year with both a Chinese and a Kazakh annual figure, the
 * CN − KZ gap in the series' unit and as a percentage of the Kazakh figure. A side with two
 * statistics for a year uses the agency's (see `annualBySide`). Years where only one side
 * reports are left out; never compares with unstated figures. Empty when no year has both.
 *
 * @example mirrorGaps(d)[0]
 * // → { year: 2013, cn: 28.5 (Chinese customs), kz: 22.53 (Kazakh statistics),
 * //     gapAbsolute: 5.97, gapPctOfKz: 26.50… }
 */
export function mirrorGaps(d: Dataset, series: SeriesId = 'trade-turnover'): MirrorGap[] {
  const kzByYear = new Map(annualBySide(d, series, 'KZ').map((o) => [o.period.year, o]));
  const gaps: MirrorGap[] = [];
  for (const cn of annualBySide(d, series, 'CN')) {
    const kz = kzByYear.get(cn.period.year);
    if (!kz) continue;
    const v = variance(cn.value, kz.value);
    gaps.push({
      year: cn.period.year,
      cn,
      kz,
      gapAbsolute: v.absolute,
      gapPctOfKz: v.pct,
    });
  }
  return gaps;
}

/** How a computed gap relates to the true one, given its terms' qualifiers. */
export type GapBound = '' | 'more than ' | 'less than ' | 'about ';

/**
 * The bound a gap a − b inherits from its two figures' qualifiers. "More than X" puts the true
 * value above X; "almost" and "nearly" below it; "about" on either side. A gap from exact figures
 * is exact (''); one whose terms all push it the same way is "more than" or "less than" the
 * computed value; "about" otherwise. So "$16bn − more than $14.334bn" is "less than $1.67bn".
 *
 * @example gapBound(undefined, 'more-than') // → "less than "
 * @example gapBound('almost', 'more-than') // → "less than "
 * @example gapBound('more-than', 'more-than') // → "about "
 */
export function gapBound(a?: Qualifier, b?: Qualifier): GapBound {
  const direction = (q?: Qualifier): number | null =>
    q === undefined ? 0 : q === 'more-than' ? 1 : q === 'about' ? null : -1;
  const da = direction(a);
  const db = direction(b);
  if (da === null || db === null) return 'about ';
  const pushes = [da, -db].filter((x) => x !== 0);
  if (pushes.length === 0) return '';
  if (pushes.every((x) => x > 0)) return 'more than ';
  if (pushes.every((x) => x < 0)) return 'less than ';
  return 'about ';
}

/**
 * A mirror gap as one sentence for chart notes, each figure with its qualifier and its statistic,
 * the gap with the bound it inherits (`gapBound`).
 *
 * @example formatGapNote(mirrorGaps(d)[0])
 * // → "2013: $28.5bn (Chinese customs) − $22.53bn (Kazakh ministry) = $5.97bn, +26.5% of the Kazakh figure."
 */
export function formatGapNote(g: MirrorGap): string {
  const bound = gapBound(g.cn.qualifier, g.kz.qualifier);
  const figure = (o: Observation) =>
    `${formatQualified(o.value, 'usd-bn', o.qualifier)} (${formatStatistic(o.statistic)})`;
  return `${g.year}: ${figure(g.cn)} − ${figure(g.kz)} = ${bound}${formatUsdBnDifference(g.gapAbsolute, [g.cn.value, g.kz.value])}, ${bound}${formatPct(g.gapPctOfKz, { sign: true })} of the Kazakh figure.`;
}
