import type { Dataset, StatedGrowth, Unit } from '@/data/types';
import { cumulativeChecks } from '../cumulative';
import { directionBalances, directionMirrorGaps } from '../direction';
import { formatStatistic } from '../format';
import { mirrorGaps } from '../mirror';
import { formatPeriod, periodKey } from '../periods';
import { sourceOf } from '../select';
import { EXPORT_PRECISION_RULE, roundLevel, roundPct } from './round';

/** One row of `/api/data.csv` and one element of `records` in `/api/data.json`. */
export interface DatasetRecord {
  recordType: 'observation' | 'growth-statement' | 'product' | 'checkpoint' | 'target';
  id: string;
  series: string;
  /** "2006", "H1 2007", "Jan–Apr 2017"; null for a target without a year or a running total. */
  period: string | null;
  /** "2006", "2007-H1", "2017-M01-04" (sortable); null where `period` is. */
  periodKey: string | null;
  /** A running total's last day (YYYY[-MM[-DD]]); null for other records. */
  through: string | null;
  /** Products only: what was traded ("Oil"); null for other records. */
  product: string | null;
  /** As the source stated it; null for a growth statement (no level stated). */
  value: number | null;
  /** "more-than", "about", "almost", "nearly": the word bounding `value`; null when exact. */
  qualifier: string | null;
  unit: Unit | null;
  /** reported (an observation, growth statement, product or running total), projection or target. */
  kind: 'reported' | 'projection' | 'target';
  /** Whose statistics; null for targets, which are statements, not statistics. */
  statistic: string | null;
  statisticLabel: string | null;
  /** Who gave the figure, or who announced the target. */
  reportedBy: string;
  /** When a target was announced (YYYY[-MM[-DD]]); null otherwise. */
  announced: string | null;
  statedGrowthPct: number | null;
  statedGrowthBasis: string | null;
  statedGrowthQualifier: string | null;
  sourceId: string;
  /** The original publisher. */
  sourcePublisher: string;
  /** The domain of the copy the figure was read on, when the URL is a copy; else null. */
  sourceCopyAt: string | null;
  /** The page's own title; null when no copy of the page was found or the copy shows none. */
  sourceTitle: string | null;
  sourceUrl: string;
  sourcePublished: string | null;
  quote: string;
  note: string | null;
}

/** Column order of the CSV; the JSON uses the same keys. */
export const DATASET_RECORD_FIELDS = [
  'recordType',
  'id',
  'series',
  'period',
  'periodKey',
  'through',
  'product',
  'value',
  'qualifier',
  'unit',
  'kind',
  'statistic',
  'statisticLabel',
  'reportedBy',
  'announced',
  'statedGrowthPct',
  'statedGrowthBasis',
  'statedGrowthQualifier',
  'sourceId',
  'sourcePublisher',
  'sourceCopyAt',
  'sourceTitle',
  'sourceUrl',
  'sourcePublished',
  'quote',
  'note',
] as const satisfies readonly (keyof DatasetRecord)[];

const growthFields = (g: StatedGrowth | undefined) => ({
  statedGrowthPct: g?.pct ?? null,
  statedGrowthBasis: g?.basis ?? null,
  statedGrowthQualifier: g?.qualifier ?? null,
});

const none = { through: null, product: null, announced: null };

/**
 * Every sourced record of a dataset, in this order: observations, growth statements, products,
 * running totals, then targets, each in dataset order, each with its source's publisher, copy
 * site, title and URL and (except targets) whose statistics. No value is computed here and
 * none is rounded: these are the figures as stated. An empty dataset gives [].
 *
 * @example datasetRecords(d)[0] // → { recordType: 'observation', period: '2000', value: 1.5, statisticLabel: 'Chinese customs', sourceUrl: 'http://investkz.com/…', … }
 */
export function datasetRecords(d: Dataset): DatasetRecord[] {
  const withSource = (sourceId: string) => {
    const s = sourceOf(d, sourceId);
    return {
      sourceId,
      sourcePublisher: s.publisher,
      sourceCopyAt: s.copyAt ?? null,
      sourceTitle: s.title,
      sourceUrl: s.url,
      sourcePublished: s.published,
    };
  };
  const observations = d.observations.map((o): DatasetRecord => ({
    recordType: 'observation',
    id: o.id,
    series: o.series,
    period: formatPeriod(o.period),
    periodKey: periodKey(o.period),
    ...none,
    value: o.value,
    qualifier: o.qualifier ?? null,
    unit: o.unit,
    kind: o.kind,
    statistic: o.statistic,
    statisticLabel: formatStatistic(o.statistic),
    reportedBy: o.reportedBy,
    ...growthFields(o.statedGrowth),
    ...withSource(o.sourceId),
    quote: o.quote,
    note: o.note ?? null,
  }));
  const growth = (d.growthStatements ?? []).map((g): DatasetRecord => ({
    recordType: 'growth-statement',
    id: g.id,
    series: g.series,
    period: formatPeriod(g.period),
    periodKey: periodKey(g.period),
    ...none,
    value: null,
    qualifier: null,
    unit: null,
    kind: 'reported',
    statistic: g.statistic,
    statisticLabel: formatStatistic(g.statistic),
    reportedBy: g.reportedBy,
    ...growthFields(g.statedGrowth),
    ...withSource(g.sourceId),
    quote: g.quote,
    note: g.note ?? null,
  }));
  const products = (d.products ?? []).map((p): DatasetRecord => ({
    recordType: 'product',
    id: p.id,
    series: p.series,
    period: formatPeriod(p.period),
    periodKey: periodKey(p.period),
    ...none,
    product: p.product,
    value: p.valueUsdBn ?? null,
    qualifier: null,
    unit: p.valueUsdBn === undefined ? null : 'usd-bn',
    kind: 'reported',
    statistic: p.statistic,
    statisticLabel: formatStatistic(p.statistic),
    reportedBy: formatStatistic(p.statistic),
    ...growthFields(p.statedGrowth),
    ...withSource(p.sourceId),
    quote: p.quote,
    note: p.note ?? null,
  }));
  const checkpoints = (d.cumulative ?? []).map((c): DatasetRecord => ({
    recordType: 'checkpoint',
    id: c.id,
    series: c.series,
    period: null,
    periodKey: null,
    ...none,
    through: c.through,
    value: c.value,
    qualifier: c.qualifier ?? null,
    unit: c.unit,
    kind: 'reported',
    statistic: c.statistic,
    statisticLabel: formatStatistic(c.statistic),
    reportedBy: c.reportedBy,
    ...growthFields(undefined),
    ...withSource(c.sourceId),
    quote: c.quote,
    note: c.note ?? null,
  }));
  const targets = d.targets.map((t): DatasetRecord => ({
    recordType: 'target',
    id: t.id,
    series: t.series,
    period: t.period ? formatPeriod(t.period) : null,
    periodKey: t.period ? periodKey(t.period) : null,
    ...none,
    announced: t.announced,
    value: t.value,
    qualifier: t.qualifier ?? null,
    unit: t.unit,
    kind: t.kind,
    statistic: null,
    statisticLabel: null,
    reportedBy: t.who,
    ...growthFields(undefined),
    ...withSource(t.sourceId),
    quote: t.quote,
    note: t.note ?? null,
  }));
  return [...observations, ...growth, ...products, ...checkpoints, ...targets];
}

/**
 * The computed figures `/api/data.json` adds beside the records, rounded by
 * `EXPORT_PRECISION_RULE` (levels to 6 decimals, percentages to 2): mirror gaps of turnover and
 * of each direction, Kazakhstan's balance with China by side, and the cumulative checks. Each
 * names the records it is computed from.
 *
 * @example datasetDerived(d).mirrorGaps[0] // → { year: 2010, cnId: 'trade-2010-cn-official', kzId: 'trade-2010-kz-stat', gapUsdBn: 0.1, gapPctOfKz: 0.49 }
 */
export function datasetDerived(d: Dataset) {
  const gap = (series: string) => (g: ReturnType<typeof mirrorGaps>[number]) => ({
    series,
    year: g.year,
    cnId: g.cn.id,
    kzId: g.kz.id,
    gapUsdBn: roundLevel(g.gapAbsolute),
    gapPctOfKz: roundPct(g.gapPctOfKz),
  });
  const dir = directionMirrorGaps(d);
  return {
    precision: EXPORT_PRECISION_RULE,
    mirrorGaps: [
      ...mirrorGaps(d).map(gap('trade-turnover')),
      ...dir.kzToCn.map(gap('trade-kz-to-cn')),
      ...dir.cnToKz.map(gap('trade-cn-to-kz')),
    ],
    directionBalances: directionBalances(d).map((b) => ({
      year: b.year,
      side: b.side,
      kzToCnId: b.kzToCn.id,
      cnToKzId: b.cnToKz.id,
      balanceUsdBn: roundLevel(b.balanceUsdBn),
    })),
    cumulativeChecks: cumulativeChecks(d).map((c) => ({
      series: c.series,
      at: c.at.toISOString(),
      atLabel: c.atLabel,
      agree: c.agree,
      checkpointIds: c.checkpointIds,
      estimates: c.estimates.map((e) => ({
        kind: e.kind,
        checkpointId: e.checkpoint?.id ?? null,
        flowIds: e.flows.map((f) => f.id),
        formula: e.formula,
        value: roundLevel(e.value),
        low: Number.isFinite(e.bounds[0]) ? roundLevel(e.bounds[0]) : null,
        high: Number.isFinite(e.bounds[1]) ? roundLevel(e.bounds[1]) : null,
      })),
    })),
  };
}

/**
 * The body of `/api/data.json`: the dataset's identity, the field list, every sourced record,
 * every source (including those only events or conflicts cite), the events, the declared
 * conflicts, and the derived figures (`datasetDerived`, rounded at this edge).
 *
 * @example datasetJson(d).records.length // → observations + growth statements + products + running totals + targets
 */
export function datasetJson(d: Dataset) {
  return {
    dataset: { id: d.id, title: d.title, partners: d.partners },
    fields: DATASET_RECORD_FIELDS,
    records: datasetRecords(d),
    sources: d.sources.map(({ id, publisher, copyAt, title, url, published }) => ({
      id,
      publisher,
      copyAt: copyAt ?? null,
      title,
      url,
      published,
    })),
    events: d.events,
    conflicts: d.conflicts ?? [],
    derived: datasetDerived(d),
  };
}
