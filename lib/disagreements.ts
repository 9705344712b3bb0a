/**
 * Figures of one side for one period that disagree by more than their rounding, and the
 * declared conflicts that explain them.
 */
import type { Conflict, ConflictClaim, Dataset, Observation, Period, SeriesId } from '@/data/types';
import { intervalsOverlap, valueBounds } from './consistency';
import { statisticSide } from './format';
import { comparePeriods, periodKey } from './periods';
import type { Side } from './select';

/** Two figures of one side for one period whose `valueBounds` share no value. */
export interface Disagreement {
  series: SeriesId;
  period: Period;
  side: Side;
  /** The earlier of the two in dataset order. */
  first: Observation;
  second: Observation;
}

/**
 * Every pair of figures of one series, period and side (CN, KZ or unstated) that no single true
 * value could produce, given their rounding and qualifiers (`valueBounds`): 1.7 and 1.76 Mt
 * disagree, 28.5 and 28.6 do not ([28.45, 28.55] meets [28.55, 28.65]). Chinese and Kazakh
 * figures are never paired: that is the mirror gap. Period order, then dataset order.
 *
 * @example sameSideDisagreements(d).map((x) => x.second.id)[0] // → 'crude-2006-unstated-cnpc'
 */
export function sameSideDisagreements(d: Dataset): Disagreement[] {
  const groups = new Map<string, Observation[]>();
  for (const o of d.observations) {
    const key = `${o.series}|${periodKey(o.period)}|${statisticSide(o.statistic)}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const out: Disagreement[] = [];
  for (const list of groups.values()) {
    list.forEach((first, i) => {
      for (const second of list.slice(i + 1)) {
        if (
          intervalsOverlap(
            valueBounds(first.value, first.qualifier),
            valueBounds(second.value, second.qualifier),
          )
        )
          continue;
        out.push({
          series: first.series,
          period: first.period,
          side: statisticSide(first.statistic),
          first,
          second,
        });
      }
    });
  }
  return out.sort((a, b) => comparePeriods(a.period, b.period));
}

/** The record id a claim names, or null for a passage that is not a record. */
export function claimRecordId(c: ConflictClaim): string | null {
  if ('observationId' in c) return c.observationId;
  if ('growthStatementId' in c) return c.growthStatementId;
  if ('checkpointId' in c) return c.checkpointId;
  if ('targetId' in c) return c.targetId;
  if ('eventId' in c) return c.eventId;
  return null;
}

/**
 * The first declared conflict whose claims name every one of `recordIds`; null when none does.
 *
 * @example conflictNaming(d, ['crude-2006-unstated', 'crude-2006-unstated-cnpc'])?.id // → 'conflict-2006-pipeline'
 */
export function conflictNaming(d: Dataset, recordIds: readonly string[]): Conflict | null {
  return (
    (d.conflicts ?? []).find((c) => {
      const named = new Set(c.claims.map(claimRecordId));
      return recordIds.every((id) => named.has(id));
    }) ?? null
  );
}
