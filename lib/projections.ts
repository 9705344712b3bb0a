/**
 * The projections tracker: every target and projection against what each statistic later
 * reported, the growth a pending target still needs, and what was knowable when each was made.
 * Statuses come from `evaluateTarget`; nothing here is stored, everything is computed from data/.
 */
import type { Dataset, Observation, Period, Statistic, Target } from '@/data/types';
import { annualiseHalfYearNaive, annualiseHalfYearSeasonal, firstHalfShare } from './annualise';
import { formatPct, formatStatistic, formatUsdBn, statisticSide } from './format';
import { cagrPct, impliedPrior, requiredGrowthPct, variance } from './growth';
import { parsePartialDate, periodInterval } from './periods';
import { actualsFor, findObservation, observationsOf, type Side } from './select';
import { annualBySide, preferredObservation, SIDES, STATISTIC_PREFERENCE } from './side-series';
import { evaluateTarget, type TargetStatus } from './targets';

/** One target judged against one statistic's figure for its period (or against none). */
export interface TrackerRow {
  /** Unique per row: the target id, plus `--<statistic>` when a statistic reports the period. */
  rowId: string;
  target: Target;
  /** What one statistic reported for the target period; null when none reports it (or no period). */
  actual: Observation | null;
  status: TargetStatus;
  /** Actual − target (target's unit) and relative to the target (%); null without an actual. */
  variance: { absolute: number; pct: number | null } | null;
  /** The earliest annual figure, of any statistic, at or above the target after it was announced. */
  firstReached: Observation | null;
}

/** The earliest instant an announcement could have been made: the start of its partial date. */
function announcementStart(t: Target): Date {
  const parsed = parsePartialDate(t.announced);
  if (!parsed) throw new Error(`target "${t.id}" has an unreadable announcement date`);
  return parsed.start;
}

const rank = (s: Statistic) => STATISTIC_PREFERENCE.indexOf(s);

/**
 * The first annual figure of the target's series, for a year ending after the announcement,
 * that is at or above the target value; any statistic (the agency's first when two report the
 * same year). Null when none has reached it.
 *
 * @example firstReached(d, fifteenFor2015)?.period // → { type: 'year', year: 2008 } (17.5, KZ)
 */
export function firstReached(d: Dataset, t: Target): Observation | null {
  const cutoff = announcementStart(t).getTime();
  const hits = observationsOf(d, t.series).filter(
    (o) =>
      o.period.type === 'year' &&
      periodInterval(o.period).end.getTime() > cutoff &&
      o.value >= t.value,
  );
  hits.sort((a, b) => a.period.year - b.period.year || rank(a.statistic) - rank(b.statistic));
  return hits[0] ?? null;
}

/**
 * The tracker: one row per target per side (CN, KZ, unstated) that reports the target period,
 * judged against the figure `preferredObservation` picks for that side, or one row with no
 * actual when none does. Status, variance and `alreadyReached` come from `evaluateTarget` on
 * `today`: 'open-ended' without a period, 'pending' until the period has ended, 'no-data' after it
 * when no statistic reports it, else beaten / met / missed (±2% counts as met). Rows follow the
 * dataset's target order, statistics in `STATISTIC_PREFERENCE` order.
 *
 * @example trackTargets(d, new Date('2025-06-01'))[0]
 * // → { rowId: 'target-2008-12bn-nazarbayev--kz-official', status: 'beaten',
 * //     actual: 17.5 (Kazakh officials), variance: { absolute: 5.5, pct: 45.83… }, … }
 */
export function trackTargets(d: Dataset, today: Date): TrackerRow[] {
  const rows: TrackerRow[] = [];
  for (const t of d.targets) {
    const targetPeriodEnd = t.period ? periodInterval(t.period).end : null;
    const reached = firstReached(d, t);
    // One figure per side (CN, KZ, unstated) by `PRECEDENCE_RULE`; the data tables show the rest.
    const actuals = SIDES.flatMap((side) => {
      const o = preferredObservation(
        d,
        actualsFor(d, t).filter((a) => statisticSide(a.statistic) === side),
      );
      return o ? [o] : [];
    }).sort((a, b) => rank(a.statistic) - rank(b.statistic));
    const judged: (Observation | null)[] = actuals.length > 0 ? actuals : [null];
    for (const actual of judged) {
      const e = evaluateTarget({
        targetValue: t.value,
        targetPeriodEnd,
        actual: actual?.value ?? null,
        today,
      });
      rows.push({
        rowId: actual ? `${t.id}--${actual.statistic}` : t.id,
        target: t,
        actual,
        status: e.status,
        variance: e.variance,
        firstReached: reached,
      });
    }
  }
  return rows;
}

/** A compound growth rate over the last few years of one side's figures. */
export interface TrailingCagr {
  /** The calendar years looked at, inclusive: [end year − window + 1, end year]. */
  window: [number, number];
  /** The side's annual figures inside the window, oldest first. */
  points: Observation[];
  /** First to last point in the window, in percent a year; null with fewer than two points. */
  cagrPct: number | null;
}

/**
 * The CAGR over a window of calendar years ending at `endYear` (default five years), from the
 * first to the last figure inside it. `annual` is one side's annual figures (see `annualBySide`);
 * other periods and years outside the window are ignored. With fewer than two figures in the
 * window `cagrPct` is null: one point has no trend.
 *
 * @example trailingCagr(cnFigures, 2024).cagrPct
 * // → 20.57… (2021 $25bn to 2024 $43.82bn, window 2020–2024, Chinese statistics)
 */
export function trailingCagr(annual: Observation[], endYear: number, window = 5): TrailingCagr {
  const from = endYear - window + 1;
  const points = annual
    .filter((o) => o.period.type === 'year' && o.period.year >= from && o.period.year <= endYear)
    .sort((a, b) => a.period.year - b.period.year);
  const first = points[0];
  const last = points.at(-1);
  const cagr =
    points.length >= 2 && first && last
      ? cagrPct(first.value, last.value, last.period.year - first.period.year)
      : null;
  return { window: [from, endYear], points, cagrPct: cagr };
}

/** For a pending target, what one side's latest figure needs and how that side has been growing. */
export interface SideOutlook {
  side: Side;
  /** The side's latest annual figure that had ended by `today`. */
  latest: Observation;
  /** Target year − the latest figure's year. */
  years: number;
  /** Compound growth a year from `latest` to the target, %; negative when already above it. */
  requiredPct: number | null;
  alreadyReached: boolean;
  /** The side's CAGR over the five calendar years ending with `latest`. */
  trend: TrailingCagr;
}

/** A pending target and the outlook of each side that reports the series. */
export interface PendingOutlook {
  target: Target;
  sides: SideOutlook[];
}

/**
 * For every target still pending on `today`: per side (CN, KZ, unstated) that has an annual
 * figure, the CAGR required from that side's latest figure to the target, beside that side's
 * CAGR over the five calendar years ending with the latest figure (`trailingCagr`). Sides
 * without a figure are left out. Targets that are not pending are left out.
 *
 * @example pendingOutlooks(d, new Date('2025-06-01'))[0].sides[1]
 * // → $35bn for 2030, KZ: latest 2024 $44bn, requiredPct −3.74…, trend 2020–2024: 34.70…
 */
export function pendingOutlooks(d: Dataset, today: Date): PendingOutlook[] {
  const out: PendingOutlook[] = [];
  for (const t of d.targets) {
    if (!t.period) continue;
    const targetPeriodEnd = periodInterval(t.period).end;
    const { status } = evaluateTarget({
      targetValue: t.value,
      targetPeriodEnd,
      actual: null,
      today,
    });
    if (status !== 'pending') continue;
    const sides: SideOutlook[] = [];
    for (const side of SIDES) {
      const annual = annualBySide(d, t.series, side, today);
      const latest = annual.at(-1);
      if (!latest) continue;
      const years = t.period.year - latest.period.year;
      sides.push({
        side,
        latest,
        years,
        requiredPct: requiredGrowthPct(latest.value, t.value, years),
        alreadyReached: latest.value >= t.value,
        trend: trailingCagr(annual, latest.period.year),
      });
    }
    out.push({ target: t, sides });
  }
  return out;
}

/** A level the target could be measured from, as known when it was announced (or just after). */
export interface StartingPoint {
  id: string;
  /**
   * `reported`: an annual figure for a year that had ended before the announcement;
   * `estimate`: a full year annualised from a half that had ended before it;
   * `hindsight`: that same full year as reported later, to show what the estimate missed.
   */
  basis: 'reported' | 'estimate' | 'hindsight';
  label: string;
  year: number;
  /** US$ bn (the target's unit). */
  value: number;
  statistic: Statistic;
  /** The record behind a reported or hindsight point; null for an estimate. */
  observation: Observation | null;
  /** Estimates only: the lib/ function and the formula with its numbers. */
  fn: string | null;
  formula: string | null;
  /** Observations an estimate was computed from. */
  inputIds: string[];
  /** Target year − `year`; null for an open-ended target. */
  years: number | null;
  /** `requiredGrowthPct(value, target, years)`, % a year; null for an open-ended target. */
  requiredPct: number | null;
  /** Estimates: the full year as the same statistic reported it later, and estimate − reported. */
  laterReported: Observation | null;
  error: { absolute: number; pct: number | null } | null;
  /**
   * Growth that followed in the same side's statistics: from this point to that side's latest
   * annual figure up to the target year (and `today`). Null for estimates and when none follows.
   */
  realised: { to: Observation; years: number; cagrPct: number | null } | null;
}

/** What the data said when a target was announced, and what came after. */
export interface KnowableAtAnnouncement {
  target: Target;
  /** Earliest instant of the announcement date; figures for periods ending before it count. */
  cutoff: Date;
  /** The most recent period a figure covered by the cutoff. */
  latestPeriod: Period;
  points: StartingPoint[];
  /** The tracker's rows for the target: its outcome per statistic. */
  outcomes: TrackerRow[];
}

const yearOf = (y: number): Period => ({ type: 'year', year: y });

/** The first half's share of the year before `h1`, from figures that ended before the cutoff. */
function priorYearH1Share(
  d: Dataset,
  h1: Observation,
  cutoff: number,
): {
  share: number;
  h1Prior: number;
  fullPrior: Observation;
  impliedFrom: Observation | null;
} | null {
  const ended = (o: Observation) => periodInterval(o.period).end.getTime() < cutoff;
  const prevYear = h1.period.year - 1;
  const fullPrior = findObservation(d, h1.series, yearOf(prevYear), h1.statistic);
  if (!fullPrior || !ended(fullPrior)) return null;
  const reportedH1 = findObservation(
    d,
    h1.series,
    { type: 'half', year: prevYear, half: 1 },
    h1.statistic,
  );
  let h1Prior: number | null = reportedH1 && ended(reportedH1) ? reportedH1.value : null;
  let impliedFrom: Observation | null = null;
  if (h1Prior === null && h1.statedGrowth?.basis === 'same-period-previous-year') {
    h1Prior = impliedPrior(h1.value, h1.statedGrowth.pct);
    impliedFrom = h1;
  }
  if (h1Prior === null) return null;
  const share = firstHalfShare(h1Prior, fullPrior.value);
  return share === null ? null : { share, h1Prior, fullPrior, impliedFrom };
}

/** The same side's latest annual figure after `from`, up to the target year and `today`. */
function realisedFrom(
  d: Dataset,
  t: Target,
  from: Observation,
  today: Date,
): StartingPoint['realised'] {
  const side = statisticSide(from.statistic);
  const upTo = t.period?.year ?? Infinity;
  const later = annualBySide(d, t.series, side, today).filter(
    (o) => o.period.year > from.period.year && o.period.year <= upTo,
  );
  const to = later.at(-1);
  if (!to) return null;
  const years = to.period.year - from.period.year;
  return { to, years, cagrPct: cagrPct(from.value, to.value, years) };
}

/**
 * What was knowable when a target was announced: the figures for periods that had ended before
 * the earliest day of the announcement date (publication lag is unknown, so this is the most
 * that could have been known). Starting points:
 * - each side's figure for the latest full year then (`reported`; `preferredObservation` picks
 *   one per side), with the growth a year
 *   needed from it to the target (`requiredGrowthPct`) and the growth that followed in the same
 *   side's statistics;
 * - when a first half is the latest period, the full year annualised from it, naive (× 2) and
 *   seasonal (with the year before's H1 share, implied by the half's stated growth when not
 *   reported) (`estimate`), each with the growth it implied and its error against the full year
 *   reported later; and that later full year itself (`hindsight`).
 * Null when no figure precedes the announcement. Open-ended targets get points without growth.
 *
 * @example knowableAtAnnouncement(d, nazarbayev2008, today)?.points.map((p) => p.requiredPct)
 * // → [19.81… (2006: 8.36), 0.50… (naive 11.94), −10.51… (seasonal 13.41), −13.04… (2007: 13.8)]
 */
export function knowableAtAnnouncement(
  d: Dataset,
  t: Target,
  today: Date,
  rows: TrackerRow[] = trackTargets(d, today),
): KnowableAtAnnouncement | null {
  const cutoffDate = announcementStart(t);
  const cutoff = cutoffDate.getTime();
  const before = observationsOf(d, t.series).filter(
    (o) => periodInterval(o.period).end.getTime() < cutoff,
  );
  if (before.length === 0) return null;
  const endOf = (o: Observation) => periodInterval(o.period).end.getTime();
  const latest = before.reduce((a, b) => (endOf(b) > endOf(a) ? b : a));
  const targetYear = t.period?.year ?? null;
  const growthTo = (value: number, year: number) => {
    if (targetYear === null) return { years: null, requiredPct: null };
    const years = targetYear - year;
    return { years, requiredPct: requiredGrowthPct(value, t.value, years) };
  };

  const points: StartingPoint[] = [];
  const fullYears = before.filter((o) => o.period.type === 'year');
  const latestYear = Math.max(...fullYears.map((o) => o.period.year));
  const latestYearFigures = fullYears.filter((x) => x.period.year === latestYear);
  // One figure per side by `PRECEDENCE_RULE`, as the charts draw it.
  const perSide = SIDES.flatMap((side) => {
    const o = preferredObservation(
      d,
      latestYearFigures.filter((x) => statisticSide(x.statistic) === side),
    );
    return o ? [o] : [];
  });
  for (const o of perSide.sort((a, b) => rank(a.statistic) - rank(b.statistic))) {
    points.push({
      id: `${t.id}--from-${o.id}`,
      basis: 'reported',
      label: `${o.period.year} as reported`,
      year: o.period.year,
      value: o.value,
      statistic: o.statistic,
      observation: o,
      fn: null,
      formula: null,
      inputIds: [o.id],
      ...growthTo(o.value, o.period.year),
      laterReported: null,
      error: null,
      realised: realisedFrom(d, t, o, today),
    });
  }

  if (latest.period.type === 'half' && latest.period.half === 1) {
    const h1 = latest;
    const year = h1.period.year;
    const later = findObservation(d, t.series, yearOf(year), h1.statistic);
    const laterKnown = later && endOf(later) <= today.getTime() ? later : null;
    const estimates: {
      fn: string;
      label: string;
      value: number;
      formula: string;
      inputs: string[];
    }[] = [];
    const naive = annualiseHalfYearNaive(h1.value);
    estimates.push({
      fn: 'annualiseHalfYearNaive',
      label: `${year} annualised from H1 (× 2)`,
      value: naive,
      formula: `${h1.value} × 2 = ${formatUsdBn(naive)}`,
      inputs: [h1.id],
    });
    const prior = priorYearH1Share(d, h1, cutoff);
    const seasonal = prior ? annualiseHalfYearSeasonal(h1.value, prior.share) : null;
    if (prior && seasonal !== null) {
      estimates.push({
        fn: 'annualiseHalfYearSeasonal',
        label: `${year} annualised from H1 with ${year - 1}'s H1 share`,
        value: seasonal,
        formula: `${h1.value} / ${formatPct(prior.share * 100)} = ${formatUsdBn(seasonal)}`,
        inputs: [h1.id, prior.fullPrior.id],
      });
    }
    for (const e of estimates) {
      points.push({
        id: `${t.id}--${e.fn}`,
        basis: 'estimate',
        label: e.label,
        year,
        value: e.value,
        statistic: h1.statistic,
        observation: null,
        fn: e.fn,
        formula: e.formula,
        inputIds: e.inputs,
        ...growthTo(e.value, year),
        laterReported: laterKnown,
        error: laterKnown ? variance(e.value, laterKnown.value) : null,
        realised: null,
      });
    }
    if (laterKnown) {
      points.push({
        id: `${t.id}--hindsight-${laterKnown.id}`,
        basis: 'hindsight',
        label: `${year} as reported later`,
        year,
        value: laterKnown.value,
        statistic: laterKnown.statistic,
        observation: laterKnown,
        fn: null,
        formula: null,
        inputIds: [laterKnown.id],
        ...growthTo(laterKnown.value, year),
        laterReported: null,
        error: null,
        realised: realisedFrom(d, t, laterKnown, today),
      });
    }
  }

  return {
    target: t,
    cutoff: cutoffDate,
    latestPeriod: latest.period,
    points,
    outcomes: rows.filter((r) => r.target.id === t.id),
  };
}

/**
 * `knowableAtAnnouncement` for every target with at least one figure before its announcement,
 * in dataset order.
 *
 * @example knowableForAll(d, today).map((k) => k.target.id)[0] // → 'target-2008-12bn-nazarbayev'
 */
export function knowableForAll(d: Dataset, today: Date): KnowableAtAnnouncement[] {
  const rows = trackTargets(d, today);
  return d.targets
    .map((t) => knowableAtAnnouncement(d, t, today, rows))
    .filter((k): k is KnowableAtAnnouncement => k !== null);
}

const STATUS_TEXT = {
  beaten: 'beaten',
  met: 'met',
  missed: 'missed',
  pending: 'pending',
  'open-ended': 'open-ended',
  'no-data': 'no data',
} as const satisfies Record<TargetStatus, string>;

/**
 * A status as a reader sees it: "beaten", "met", "missed", "pending", "open-ended", "no data".
 *
 * @example formatTargetStatus('no-data') // → "no data"
 */
export function formatTargetStatus(s: TargetStatus): string {
  return STATUS_TEXT[s];
}

/**
 * One target's outcome in a few words, from its tracker rows: each status with the statistics
 * that gave it, in row order ("beaten (Kazakh officials)", "beaten (Chinese customs), missed
 * (Kazakh statistics)"), or the bare status when no statistic reports the period ("no data",
 * "pending"). Empty string for no rows.
 *
 * @example summariseStatus(trackTargets(d, today).filter((r) => r.target.id === id2008))
 * // → "beaten (Kazakh officials)"
 */
export function summariseStatus(rows: readonly TrackerRow[]): string {
  const groups = new Map<TargetStatus, string[]>();
  for (const r of rows) {
    const list = groups.get(r.status) ?? [];
    if (r.actual) list.push(formatStatistic(r.actual.statistic));
    groups.set(r.status, list);
  }
  return [...groups]
    .map(([status, stats]) =>
      stats.length > 0 ? `${STATUS_TEXT[status]} (${stats.join(', ')})` : STATUS_TEXT[status],
    )
    .join(', ');
}
