/**
 * Trade by direction: China → Kazakhstan and Kazakhstan → China, by whose statistics, the
 * balance, the mirror gap per direction, and whether a source's two directions add up to its
 * side's turnover.
 */
import type { Dataset, Observation } from '@/data/types';
import { intervalsOverlap, valueBounds } from './consistency';
import { statisticSide } from './format';
import { mirrorGaps, type MirrorGap } from './mirror';
import { observationsOf, type Side } from './select';
import { annualBySide, SIDES } from './side-series';

/** One side's two directions for one year and Kazakhstan's balance with China. */
export interface DirectionBalance {
  year: number;
  side: Side;
  kzToCn: Observation;
  cnToKz: Observation;
  /** Kazakhstan → China minus China → Kazakhstan, US$ bn: positive is a Kazakh surplus. */
  balanceUsdBn: number;
}

/**
 * For every year and side that reports both directions, the balance of trade from
 * Kazakhstan's point of view (its exports to China minus its imports from China), with the
 * figures `annualBySide` picks. Unrounded: 14.334 − 8.193 is 6.141000000000001 here and is
 * rounded where it is shown or exported. Year order, then CN, KZ, unstated.
 *
 * @example directionBalances(d).find((b) => b.year === 2023)?.balanceUsdBn // → −8.4 (CN customs: 16.3 − 24.7)
 */
export function directionBalances(d: Dataset): DirectionBalance[] {
  const out: DirectionBalance[] = [];
  for (const side of SIDES) {
    const imports = new Map(annualBySide(d, 'trade-cn-to-kz', side).map((o) => [o.period.year, o]));
    for (const kzToCn of annualBySide(d, 'trade-kz-to-cn', side)) {
      const cnToKz = imports.get(kzToCn.period.year);
      if (!cnToKz) continue;
      out.push({
        year: kzToCn.period.year,
        side,
        kzToCn,
        cnToKz,
        balanceUsdBn: kzToCn.value - cnToKz.value,
      });
    }
  }
  return out.sort((a, b) => a.year - b.year || SIDES.indexOf(a.side) - SIDES.indexOf(b.side));
}

/**
 * The mirror gap per direction: for each year both China and Kazakhstan report a direction,
 * China's figure minus Kazakhstan's (`mirrorGaps` on that direction's series).
 *
 * @example directionMirrorGaps(d).cnToKz.map((g) => [g.year, g.gapAbsolute]) // → [[2013, 4.307], [2021, 5.8]] (≈)
 */
export function directionMirrorGaps(d: Dataset): { kzToCn: MirrorGap[]; cnToKz: MirrorGap[] } {
  return { kzToCn: mirrorGaps(d, 'trade-kz-to-cn'), cnToKz: mirrorGaps(d, 'trade-cn-to-kz') };
}

/** A source's two directions for one year that cannot add up to any turnover of its side. */
export interface DirectionSumMismatch {
  kzToCn: Observation;
  cnToKz: Observation;
  /** The same side's turnover figures for the year, none of which the sum can reach. */
  turnover: Observation[];
}

/**
 * Sources that give both directions for a year whose sum, within rounding and qualifiers, meets
 * none of the same side's turnover figures for that year (14.334 + 8.193 meets 22.53; 16 +
 * 12.5 meets 28.5). Years without a turnover figure of that side are not checked.
 *
 * @example directionSumMismatches(d) // → [] for the reference's figures
 */
export function directionSumMismatches(d: Dataset): DirectionSumMismatch[] {
  const out: DirectionSumMismatch[] = [];
  const turnover = observationsOf(d, 'trade-turnover').filter((o) => o.period.type === 'year');
  const cnToKz = observationsOf(d, 'trade-cn-to-kz').filter((o) => o.period.type === 'year');
  for (const a of observationsOf(d, 'trade-kz-to-cn')) {
    if (a.period.type !== 'year') continue;
    const year = a.period.year;
    const side = statisticSide(a.statistic);
    for (const b of cnToKz) {
      if (
        b.sourceId !== a.sourceId ||
        b.period.year !== year ||
        statisticSide(b.statistic) !== side
      )
        continue;
      const same = turnover.filter(
        (t) => t.period.year === year && statisticSide(t.statistic) === side,
      );
      if (same.length === 0) continue;
      const [aLo, aHi] = valueBounds(a.value, a.qualifier);
      const [bLo, bHi] = valueBounds(b.value, b.qualifier);
      const sum: [number, number] = [aLo + bLo, aHi + bHi];
      if (same.some((t) => intervalsOverlap(sum, valueBounds(t.value, t.qualifier)))) continue;
      out.push({ kzToCn: a, cnToKz: b, turnover: same });
    }
  }
  return out;
}
