import type { Dataset, Observation, SeriesId } from '@/data/types';
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
