/**
 * The conflicts view: every declared conflict with what each source says and its passage; the
 * stated growth rates the same side's levels contradict, with the level each rate implies; and
 * the mirror gap between the two sides' statistics, in one paragraph with the figures.
 */
import type { Conflict, ConflictClaim, Dataset, Observation } from '@/data/types';
import { formatEventWhen } from './events';
import {
  formatPct,
  formatQualified,
  formatStatedGrowth,
  formatStatistic,
  formatUsdBn,
} from './format';
import { growthReport, type GrowthRow } from './growth-report';
import { impliedPrior } from './growth';
import { mirrorGaps } from './mirror';
import { formatPartialDate, formatPeriod } from './periods';
import { sourceOf } from './select';
import { formatSeries, seriesPage } from './series-names';

/** One claim of a conflict, as a reader sees it. */
export interface ClaimView {
  /** What the claim says: "2013: $28.6bn (Chinese Ministry of Commerce), MOFCOM spokesman Yao Jian". */
  says: string;
  /** The passage, verbatim. */
  quote: string;
  sourceId: string;
  /** Where the record shows in the app; null for a passage that is not a record. */
  href: string | null;
}

/** A declared conflict with its claims resolved. */
export interface ConflictView {
  conflict: Conflict;
  claims: ClaimView[];
}

function claimView(d: Dataset, c: ConflictClaim): ClaimView {
  if ('sourceId' in c) return { says: c.says, quote: c.quote, sourceId: c.sourceId, href: null };
  if ('observationId' in c) {
    const o = d.observations.find((x) => x.id === c.observationId);
    if (!o) throw new Error(`unknown observation "${c.observationId}"`);
    return {
      says: `${formatSeries(o.series)}, ${formatPeriod(o.period)}: ${formatQualified(o.value, o.unit, o.qualifier)} (${formatStatistic(o.statistic)}), ${o.reportedBy}${o.statedGrowth ? `, ${formatStatedGrowth(o.statedGrowth)}` : ''}`,
      quote: o.quote,
      sourceId: o.sourceId,
      href: `${seriesPage(o.series)}#${o.id}`,
    };
  }
  if ('growthStatementId' in c) {
    const g = (d.growthStatements ?? []).find((x) => x.id === c.growthStatementId);
    if (!g) throw new Error(`unknown growth statement "${c.growthStatementId}"`);
    return {
      says: `${formatSeries(g.series)}, ${formatPeriod(g.period)}: ${formatStatedGrowth(g.statedGrowth)}, no level (${formatStatistic(g.statistic)}), ${g.reportedBy}`,
      quote: g.quote,
      sourceId: g.sourceId,
      href: `${seriesPage(g.series)}#${g.id}`,
    };
  }
  if ('checkpointId' in c) {
    const k = (d.cumulative ?? []).find((x) => x.id === c.checkpointId);
    if (!k) throw new Error(`unknown checkpoint "${c.checkpointId}"`);
    return {
      says: `${formatSeries(k.series)}, running total to ${formatPartialDate(k.through)}: ${formatQualified(k.value, k.unit, k.qualifier)}, ${k.reportedBy}`,
      quote: k.quote,
      sourceId: k.sourceId,
      href: `/energy#${k.id}`,
    };
  }
  if ('targetId' in c) {
    const t = d.targets.find((x) => x.id === c.targetId);
    if (!t) throw new Error(`unknown target "${c.targetId}"`);
    return {
      says: `${t.kind === 'projection' ? 'Projection' : 'Target'} for ${t.period ? formatPeriod(t.period) : 'no year'}: ${formatQualified(t.value, t.unit, t.qualifier)}, ${t.who}, ${formatPartialDate(t.announced)}`,
      quote: t.quote,
      sourceId: t.sourceId,
      href: `/projections#${t.id}`,
    };
  }
  const e = d.events.find((x) => x.id === c.eventId);
  if (!e) throw new Error(`unknown event "${c.eventId}"`);
  const sourceId = e.sourceIds[0] ?? '';
  return {
    says: `Event, ${formatEventWhen(e)}: ${e.title}`,
    quote: e.quote ?? '',
    sourceId,
    href: `/events#${e.id}`,
  };
}

/**
 * Every declared conflict, in dataset order (the reference's first, then the validator's), each
 * claim resolved to what it says, its passage, its source and where it shows. Throws on a claim
 * naming no record (the validator rejects such a dataset first).
 *
 * @example conflictViews(d)[0].claims[1].says // → "Trade turnover, 2002: almost $2bn (Chinese officials), Chinese ambassador Yao Peisheng"
 */
export function conflictViews(d: Dataset): ConflictView[] {
  return (d.conflicts ?? []).map((conflict) => ({
    conflict,
    claims: conflict.claims.map((c) => claimView(d, c)),
  }));
}

/** A stated growth rate the same side's levels contradict, and the level it implies. */
export interface GrowthContradiction {
  row: GrowthRow;
  observation: Observation;
  prior: Observation;
  /** The prior level the stated rate implies: `impliedPrior(value, stated)`; a derived figure. */
  impliedPriorValue: number | null;
  /** "20.3 / (1 + 45%) = $14bn". */
  formula: string;
}

/**
 * The stated growth rates of every series that the same side's prior level contradicts
 * (`CONSISTENCY_RULE`), each with the prior level the rate implies. Period order per series.
 *
 * @example growthContradictions(d).map((g) => g.observation.id)[0] // → 'trade-2010-kz-official'
 */
export function growthContradictions(d: Dataset): GrowthContradiction[] {
  const out: GrowthContradiction[] = [];
  for (const series of new Set(d.observations.map((o) => o.series))) {
    for (const row of growthReport(d, series)) {
      if (row.check?.consistent !== false || !row.prior || row.statedPct === null) continue;
      const implied = impliedPrior(row.observation.value, row.statedPct);
      out.push({
        row,
        observation: row.observation,
        prior: row.prior,
        impliedPriorValue: implied,
        formula: `${row.observation.value} / (1 + ${row.statedPct}%) = ${formatUsdBn(implied)}`,
      });
    }
  }
  return out;
}

/**
 * The mirror gap between Chinese and Kazakh turnover in one paragraph, every number computed
 * from the figures `mirrorGaps` pairs (China's minus Kazakhstan's): the years both sides report,
 * the range of the gap where China counts more, the years the two are within $0.5bn, and the one
 * sourced remark on why they differ. Empty string when no year has both.
 *
 * @example mirrorGapParagraph(d) // → "In the 7 years both sides report (2010, 2013, 2018, …), China’s figure …"
 */
export function mirrorGapParagraph(d: Dataset): string {
  const gaps = mirrorGaps(d);
  if (gaps.length === 0) return '';
  const years = gaps.map((g) => g.year);
  const positive = gaps.filter((g) => g.gapAbsolute > 0.5);
  const largest = gaps.reduce((a, b) => (b.gapAbsolute > a.gapAbsolute ? b : a));
  const smallest = positive.reduce((a, b) => (b.gapAbsolute < a.gapAbsolute ? b : a), largest);
  const near = gaps.filter((g) => Math.abs(g.gapAbsolute) <= 0.5);
  const fmt = (g: (typeof gaps)[number]) =>
    `${g.year}: ${formatUsdBn(g.cn.value)} against ${formatUsdBn(g.kz.value)}, ${formatUsdBn(g.gapAbsolute)} or ${formatPct(g.gapPctOfKz, { sign: true })} of the Kazakh figure`;
  const parts = [
    `In the ${gaps.length} years both sides report (${years.join(', ')}), China counts more trade than Kazakhstan in ${positive.length} of them, by ${formatUsdBn(smallest.gapAbsolute)} to ${formatUsdBn(largest.gapAbsolute)} a year (${fmt(smallest)}; ${fmt(largest)}).`,
  ];
  if (near.length > 0) {
    parts.push(
      `In ${near.map((g) => g.year).join(' and ')} the two are within $0.5bn (${near.map((g) => `${g.year}: ${formatUsdBn(g.cn.value)}, ${formatStatistic(g.cn.statistic)}, against ${formatUsdBn(g.kz.value)}, ${formatStatistic(g.kz.statistic)}`).join('; ')}); the conflicts for those years below say what the sources are.`,
    );
  }
  parts.push(
    'The sources here give no account of why the two countries’ figures differ; a Kazakh analyst (KISI, 2017) said only that “The data between Chinese and our customs differ by 5-6 billion a year.” So the two sides are never added, averaged or joined into one line.',
  );
  return parts.join(' ');
}

/** The source of a claim, for its credit line. */
export function claimSourceName(d: Dataset, c: ClaimView): string {
  return sourceOf(d, c.sourceId).publisher;
}
