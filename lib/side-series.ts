import type { Dataset, Observation, SeriesId, Statistic } from '@/data/types';
import { statisticSide } from './format';
import { parsePartialDate, periodInterval } from './periods';
import { observationsOf, sourceOf, type Side } from './select';

/**
 * Whose figure stands for a side when it reports a period more than once, most authoritative
 * first: the statistics agency (customs, statistics bureau), a ministry, an official, media.
 */
export const STATISTIC_PREFERENCE: readonly Statistic[] = [
  'cn-customs',
  'cn-ministry',
  'cn-official',
  'cn-media',
  'kz-stat',
  'kz-ministry',
  'kz-official',
  'kz-media',
  'unstated',
];

/** The rule `preferredObservation` applies, shown wherever a chart picks one figure per side. */
export const PRECEDENCE_RULE =
  'Where one side reports a period more than once, the chart shows one figure: the statistics agency’s before a ministry’s, an official’s, then media’s; at the same tier an exact figure before a bounded one (“more than”, “about”); then the latest publication. Tables show every figure.';

/** The three sides in the order every table and chart lists them. */
export const SIDES: readonly Side[] = ['CN', 'KZ', 'unstated'];

/** Start of a source's publication date in ms; undated sources sort as the oldest. */
function publishedAt(d: Dataset, o: Observation): number {
  const published = sourceOf(d, o.sourceId).published;
  const parsed = published === null ? null : parsePartialDate(published);
  return parsed ? parsed.start.getTime() : Number.NEGATIVE_INFINITY;
}

/**
 * Orders two figures of one side for one period by `PRECEDENCE_RULE`: negative when `a` is
 * preferred. Tier (`STATISTIC_PREFERENCE`), then exact before qualified, then the later
 * publication date (an undated source loses to a dated one); 0 when nothing tells them apart.
 *
 * @example compareByPrecedence(d, cnCustoms2013, cnMinistry2013) // < 0: customs' 28.5 is drawn
 */
export function compareByPrecedence(d: Dataset, a: Observation, b: Observation): number {
  const rank = (s: Statistic) => STATISTIC_PREFERENCE.indexOf(s);
  return (
    rank(a.statistic) - rank(b.statistic) ||
    Number(a.qualifier !== undefined) - Number(b.qualifier !== undefined) ||
    Math.sign(publishedAt(d, b) - publishedAt(d, a))
  );
}

/**
 * The one figure `PRECEDENCE_RULE` picks from several; the first in input order on a tie.
 * Null for an empty list.
 *
 * @example preferredObservation(d, kz2022).value // → 24 (Trend via MENAFN, the only dated one of three Kazakh officials' figures)
 */
export function preferredObservation(
  d: Dataset,
  candidates: readonly Observation[],
): Observation | null {
  let best: Observation | null = null;
  for (const o of candidates) if (!best || compareByPrecedence(d, o, best) < 0) best = o;
  return best;
}

/**
 * One annual observation per year for one side (CN, KZ or unstated), oldest first. When a side
 * reports a year more than once, `preferredObservation` picks the figure (see
 * `PRECEDENCE_RULE`). With `asOf`, only years that ended on or before that instant are
 * returned. Partial years (halves, quarters, months, days) are left out. Empty when the side
 * reports no year.
 *
 * @example annualBySide(d, 'trade-turnover', 'KZ').map((o) => o.period.year).slice(0, 4)
 * // → [2008, 2009, 2010, 2011]
 */
export function annualBySide(d: Dataset, series: SeriesId, side: Side, asOf?: Date): Observation[] {
  const byYear = new Map<number, Observation[]>();
  for (const o of observationsOf(d, series)) {
    if (o.period.type !== 'year' || statisticSide(o.statistic) !== side) continue;
    if (asOf && periodInterval(o.period).end.getTime() > asOf.getTime()) continue;
    byYear.set(o.period.year, [...(byYear.get(o.period.year) ?? []), o]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, list]) => preferredObservation(d, list))
    .filter((o): o is Observation => o !== null);
}
