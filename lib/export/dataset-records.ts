import type { Dataset, Unit } from '@/data/types';
import { formatStatistic } from '../format';
import { formatPeriod, periodKey } from '../periods';
import { sourceOf } from '../select';

/** One row of `/api/data.csv` and one element of `records` in `/api/data.json`. */
export interface DatasetRecord {
  recordType: 'observation' | 'target';
  id: string;
  series: string;
  /** "2006", "H1 2007"; null for a target without a year. */
  period: string | null;
  /** "2006", "2007-H1" (sortable); null for a target without a year. */
  periodKey: string | null;
  value: number;
  unit: Unit;
  /** reported (an observation), projection or target. */
  kind: 'reported' | 'projection' | 'target';
  /** Whose statistics; null for targets, which are statements, not statistics. */
  statistic: string | null;
  statisticLabel: string | null;
  /** Who gave the figure, or who announced the target. */
  reportedBy: string;
  /** When a target was announced (YYYY[-MM[-DD]]); null for observations. */
  announced: string | null;
  statedGrowthPct: number | null;
  statedGrowthBasis: string | null;
  statedGrowthQualifier: string | null;
  sourceId: string;
  sourcePublisher: string;
  sourceTitle: string;
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
  'value',
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
  'sourceTitle',
  'sourceUrl',
  'sourcePublished',
  'quote',
  'note',
] as const satisfies readonly (keyof DatasetRecord)[];

/**
 * Every observation then every target of a dataset, in dataset order, each with its source's
 * publisher, title and URL and (observations) whose statistics. No value is computed here: derived
 * estimates are not records. An empty dataset gives [].
 *
 * @example datasetRecords(d)[0] // → { recordType: 'observation', period: '2000', value: 1.5, statisticLabel: 'Chinese customs', sourceUrl: 'http://investkz.com/…', … }
 */
export function datasetRecords(d: Dataset): DatasetRecord[] {
  const withSource = (sourceId: string) => {
    const s = sourceOf(d, sourceId);
    return {
      sourceId,
      sourcePublisher: s.publisher,
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
    value: o.value,
    unit: o.unit,
    kind: o.kind,
    statistic: o.statistic,
    statisticLabel: formatStatistic(o.statistic),
    reportedBy: o.reportedBy,
    announced: null,
    statedGrowthPct: o.statedGrowth?.pct ?? null,
    statedGrowthBasis: o.statedGrowth?.basis ?? null,
    statedGrowthQualifier: o.statedGrowth?.qualifier ?? null,
    ...withSource(o.sourceId),
    quote: o.quote,
    note: o.note ?? null,
  }));
  const targets = d.targets.map((t): DatasetRecord => ({
    recordType: 'target',
    id: t.id,
    series: t.series,
    period: t.period ? formatPeriod(t.period) : null,
    periodKey: t.period ? periodKey(t.period) : null,
    value: t.value,
    unit: t.unit,
    kind: t.kind,
    statistic: null,
    statisticLabel: null,
    reportedBy: t.who,
    announced: t.announced,
    statedGrowthPct: null,
    statedGrowthBasis: null,
    statedGrowthQualifier: null,
    ...withSource(t.sourceId),
    quote: t.quote,
    note: t.note ?? null,
  }));
  return [...observations, ...targets];
}

/**
 * The body of `/api/data.json`: the dataset's identity, the field list, every record, and every
 * source (including those only events cite).
 *
 * @example datasetJson(d).records.length // → observations + targets
 */
export function datasetJson(d: Dataset) {
  return {
    dataset: { id: d.id, title: d.title, partners: d.partners },
    fields: DATASET_RECORD_FIELDS,
    records: datasetRecords(d),
    sources: d.sources.map(({ id, publisher, title, url, published }) => ({
      id,
      publisher,
      title,
      url,
      published,
    })),
  };
}
