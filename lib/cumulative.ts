/**
 * Running totals ("20.39 Mt since the line opened") checked against the flows of their series.
 * Each checkpoint, with the flows that end where it ends, implies the total at earlier instants;
 * every estimate of the total at one instant should agree.
 */
import type { CumulativeCheckpoint, Dataset, Observation, SeriesId } from '@/data/types';
import { valueBounds } from './consistency';
import { formatPartialDate, formatPeriod, parsePartialDate, periodInterval } from './periods';
import { observationsOf } from './select';
import { preferredObservation } from './side-series';

/** One estimate of a series' running total at an instant. */
export interface CumulativeEstimate {
  /** `stated`: a checkpoint as published; `start`: 0 before the flow began; `derived`: a
   * checkpoint minus the flows between the instant and the checkpoint. */
  kind: 'stated' | 'start' | 'derived';
  /** The checkpoint the estimate rests on (none for `start`). */
  checkpoint: CumulativeCheckpoint | null;
  /** The flows subtracted, oldest first (empty unless `derived`). */
  flows: Observation[];
  /** The estimate with the published numbers as given; 0 for `start`. */
  value: number;
  /** Every value the estimate allows, given rounding and qualifiers. */
  bounds: [number, number];
  /** How it was computed, with the exact inputs: "20.39 − (1.76 + 4.77 + >6 + 7.73)". */
  formula: string;
}

/** Several estimates of one series' running total at one instant, and whether they agree. */
export interface CumulativeCheck {
  series: SeriesId;
  /** The instant: the first moment after the totals' last day (UTC). */
  at: Date;
  /** "end of 2013", "end of 30 Jun 2019". */
  atLabel: string;
  estimates: CumulativeEstimate[];
  /** Values all estimates allow (their bounds' intersection); null when there is none. */
  common: [number, number] | null;
  agree: boolean;
  /** The checkpoints involved, for naming the check in a conflict. */
  checkpointIds: string[];
}

/** The instant after a partial date's last day. */
function instantAfter(date: string): number | null {
  const p = parsePartialDate(date);
  return p ? p.end.getTime() + 1 : null;
}

/** "end of 2013" for the instant after 31 Dec 2013; "end of 14 Jul 2014" for a day. */
function labelOf(at: number): string {
  const last = new Date(at - 1);
  const y = last.getUTCFullYear();
  const m = last.getUTCMonth() + 1;
  const dd = last.getUTCDate();
  if (m === 12 && dd === 31) return `end of ${y}`;
  const nextDay = new Date(at);
  if (nextDay.getUTCDate() === 1)
    return `end of ${formatPartialDate(`${y}-${String(m).padStart(2, '0')}`)}`;
  return `end of ${formatPartialDate(`${y}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`)}`;
}

/** A figure as it is written in a formula: "7.73", ">6", "≈13", "almost 2". */
function written(value: number, qualifier?: string): string {
  const mark =
    qualifier === 'more-than'
      ? '>'
      : qualifier === 'about'
        ? '≈'
        : qualifier
          ? `${qualifier} `
          : '';
  return `${mark}${value}`;
}

/** One flow per period of a series, the one `preferredObservation` picks across every side. */
function flowsOf(d: Dataset, series: SeriesId): { o: Observation; start: number; end: number }[] {
  const byPeriod = new Map<string, Observation[]>();
  for (const o of observationsOf(d, series)) {
    const i = periodInterval(o.period);
    const key = `${(i.start as Date).getTime()}|${(i.end as Date).getTime()}`;
    byPeriod.set(key, [...(byPeriod.get(key) ?? []), o]);
  }
  return [...byPeriod.values()].flatMap((list) => {
    const o = preferredObservation(d, list);
    if (!o) return [];
    const i = periodInterval(o.period);
    return [{ o, start: (i.start as Date).getTime(), end: (i.end as Date).getTime() + 1 }];
  });
}

/**
 * Every chain of flows that tiles [t, end) with no gap or overlap, for every reachable t, at
 * most `maxLinks` flows long. Chains are returned oldest flow first.
 */
function chainsEndingAt(
  flows: { o: Observation; start: number; end: number }[],
  end: number,
  maxLinks = 12,
): { start: number; flows: Observation[] }[] {
  const out: { start: number; flows: Observation[] }[] = [];
  const walk = (at: number, acc: Observation[]) => {
    if (acc.length >= maxLinks) return;
    for (const f of flows) {
      if (f.end !== at) continue;
      const chain = [f.o, ...acc];
      out.push({ start: f.start, flows: chain });
      walk(f.start, chain);
    }
  };
  walk(end, []);
  return out;
}

/**
 * The cumulative checks of a dataset: for every series with running totals, every instant that
 * two or more estimates reach — a stated checkpoint; 0 at the start of a checkpoint that runs
 * `since` the flow began; or a checkpoint minus a chain of the series' flows that exactly fills
 * the time between (one flow per period, picked by `preferredObservation`). The estimates
 * agree when their `valueBounds` intervals share a value. Instants with one estimate are not
 * checks, nor are instants where every estimate subtracts the same flow (the same comparison,
 * shifted). Series order of first checkpoint, then time.
 *
 * @example
 * cumulativeChecks(d)[0]
 * // → { atLabel: 'end of 2005', estimates: [start 0, derived 20.39 − (1.76 + 4.77 + >6 + 7.73)
 * //     = 0.13, bounds [−∞, 0.15]], agree: true }
 */
export function cumulativeChecks(d: Dataset): CumulativeCheck[] {
  const checkpoints = d.cumulative ?? [];
  const seriesList = [...new Set(checkpoints.map((c) => c.series))];
  const checks: CumulativeCheck[] = [];
  for (const series of seriesList) {
    const flows = flowsOf(d, series);
    const byInstant = new Map<number, CumulativeEstimate[]>();
    const add = (at: number, e: CumulativeEstimate) =>
      byInstant.set(at, [...(byInstant.get(at) ?? []), e]);
    for (const cp of checkpoints.filter((c) => c.series === series)) {
      const end = instantAfter(cp.through);
      if (end === null) continue;
      const [cpLo, cpHi] = valueBounds(cp.value, cp.qualifier);
      add(end, {
        kind: 'stated',
        checkpoint: cp,
        flows: [],
        value: cp.value,
        bounds: [cpLo, cpHi],
        formula: written(cp.value, cp.qualifier),
      });
      if (cp.since) {
        const start = parsePartialDate(cp.since)?.start.getTime();
        if (start !== undefined)
          add(start, {
            kind: 'start',
            checkpoint: null,
            flows: [],
            value: 0,
            bounds: [0, 0],
            formula: '0 (before the flow began)',
          });
      }
      for (const chain of chainsEndingAt(flows, end)) {
        let lo = cpLo;
        let hi = cpHi;
        let value = cp.value;
        for (const f of chain.flows) {
          const [fLo, fHi] = valueBounds(f.value, f.qualifier);
          lo -= fHi;
          hi -= fLo;
          value -= f.value;
        }
        add(chain.start, {
          kind: 'derived',
          checkpoint: cp,
          flows: chain.flows,
          value,
          bounds: [lo, hi],
          formula: `${written(cp.value, cp.qualifier)} − (${chain.flows.map((f) => written(f.value, f.qualifier)).join(' + ')})`,
        });
      }
    }
    for (const [at, estimates] of [...byInstant].sort(([a], [b]) => a - b)) {
      if (estimates.length < 2) continue;
      // A flow every estimate subtracts only shifts a comparison made at a later instant.
      const [first, ...rest] = estimates.map((e) => new Set(e.flows.map((f) => f.id)));
      if ([...(first ?? [])].some((id) => rest.every((s) => s.has(id)))) continue;
      const lo = Math.max(...estimates.map((e) => e.bounds[0]));
      const hi = Math.min(...estimates.map((e) => e.bounds[1]));
      const common: [number, number] | null = lo <= hi ? [lo, hi] : null;
      checks.push({
        series,
        at: new Date(at),
        atLabel: labelOf(at),
        estimates,
        common,
        agree: common !== null,
        checkpointIds: [
          ...new Set(estimates.flatMap((e) => (e.checkpoint ? [e.checkpoint.id] : []))),
        ],
      });
    }
  }
  return checks;
}

/**
 * Running totals that fall: a checkpoint whose highest allowed value is below the lowest
 * allowed value of an earlier checkpoint of the same series. A total can only grow.
 *
 * @example fallingTotals(fixtureWith({ through: '2010', value: 30 }, { through: '2011', value: 20 }))
 * // → [{ earlier: 30 (2010), later: 20 (2011) }]
 */
export function fallingTotals(
  d: Dataset,
): { earlier: CumulativeCheckpoint; later: CumulativeCheckpoint }[] {
  const out: { earlier: CumulativeCheckpoint; later: CumulativeCheckpoint }[] = [];
  const dated = (d.cumulative ?? [])
    .map((c) => ({ c, at: instantAfter(c.through) }))
    .filter((x): x is { c: CumulativeCheckpoint; at: number } => x.at !== null);
  for (const a of dated) {
    for (const b of dated) {
      if (a.c.series !== b.c.series || b.at <= a.at) continue;
      if (valueBounds(b.c.value, b.c.qualifier)[1] < valueBounds(a.c.value, a.c.qualifier)[0])
        out.push({ earlier: a.c, later: b.c });
    }
  }
  return out;
}

/** A flow written for a table: "2008: >6 Mt". */
export function formatFlow(o: Observation): string {
  return `${formatPeriod(o.period)}: ${written(o.value, o.qualifier)}`;
}
