/**
 * The overview's table of every figure: reported observations, targets and projections, and the
 * US$ estimates computed in lib/derived. Sort and filter state lives in the URL (`?sort=value&
 * dir=desc&kind=reported`), is parsed with zod and applied with TanStack Table's row models, so
 * the table works without client JavaScript and every view is a permalink.
 */
import type { Dataset, Period, Qualifier, SeriesId, Statistic, Unit } from '@/data/types';
import type { DerivedFigure } from './derived';
import { formatStatistic } from './format';
import type { ParamError, SearchParams } from './page-params';
import { formatPartialDate, formatPeriod, periodInterval } from './periods';
import { sourceOf } from './select';
import {
  applyTableView,
  byCode,
  byNumber,
  byText,
  columnHelper,
  compareText,
  oneOf,
  parseTableView,
  tableViewHref,
  type SortDir,
  type TableDef,
} from './table-query';

/** A figure a source reported, a leader's projection, an agreed target, or one computed here. */
export type MetricKind = 'reported' | 'projection' | 'target' | 'estimate';

/** Every kind, in the order the filter shows them. */
export const METRIC_KINDS = [
  'reported',
  'projection',
  'target',
  'estimate',
] as const satisfies readonly MetricKind[];

/** Every statistic, Chinese then Kazakh then unstated, in the order the filter shows them. */
export const STATISTICS = [
  'cn-customs',
  'cn-ministry',
  'cn-official',
  'cn-media',
  'kz-stat',
  'kz-ministry',
  'kz-official',
  'kz-media',
  'unstated',
] as const satisfies readonly Statistic[];

/** The sortable columns, in display order; these are the allowed values of `?sort=`. */
export const COLUMN_IDS = [
  'period',
  'value',
  'unit',
  'kind',
  'statistic',
  'reportedBy',
  'source',
] as const;

export type ColumnId = (typeof COLUMN_IDS)[number];

/** One figure in the table. Values keep the unit of their record; nothing is converted. */
export interface MetricRow {
  /** The record's id (observation, target or derived figure); unique across the table. */
  id: string;
  /** As a reader sees it: "2006", "H1 2007", or "open-ended" for a target without a year. */
  period: string;
  /** Sort key: the period's ISO start date and length ("2007-01-01/P06M"); open-ended sorts last. */
  periodSort: string;
  series: SeriesId;
  value: number;
  /** The word bounding a reported value ("more than", "about", …); absent when exact. */
  qualifier?: Qualifier;
  /** usd-bn, mt or bcm in this dataset; derived shares (fractions) are left out of the table. */
  unit: Unit;
  kind: MetricKind;
  /** Whose statistics; targets give none ('unstated'), estimates inherit their inputs'. */
  statistic: Statistic;
  /** `formatStatistic(statistic)`, e.g. "Kazakh statistics". */
  statisticLabel: string;
  /** Who gave the figure; for targets "<who>, announced <date>"; for estimates "Derived: <label>". */
  reportedBy: string;
  /** Null for estimates, which have no source of their own. */
  sourceId: string | null;
  sourceUrl: string | null;
  sourcePublisher: string | null;
  /** Estimates only: "<lib function>: <formula with the numbers>". */
  formula: string | null;
  note?: string;
}

/** The table view a URL asks for. Empty filter lists mean "no filter" (every row). */
export interface TableQuery {
  sort: ColumnId;
  dir: SortDir;
  /** Kinds to keep, in `METRIC_KINDS` order without duplicates. */
  kind: MetricKind[];
  /** Statistics to keep, in `STATISTICS` order without duplicates. */
  statistic: Statistic[];
}

/** The view with no parameters: by period, ascending, every kind and statistic. */
export const DEFAULT_TABLE_QUERY: Readonly<TableQuery> = Object.freeze({
  sort: 'period',
  dir: 'asc',
  kind: [],
  statistic: [],
});

const PARAMS = {
  columns: COLUMN_IDS,
  defaults: DEFAULT_TABLE_QUERY,
  filters: { kind: METRIC_KINDS, statistic: STATISTICS },
};

const OPEN_ENDED = 'open-ended';
// '~' sorts after every digit, so open-ended targets come after all dated periods.
const OPEN_ENDED_SORT = '~open-ended';

const UNIT_LABEL = {
  'usd-bn': 'US$ bn',
  mt: 'Mt',
  bcm: 'bcm',
  'mt-per-year': 'Mt/yr',
  'bcm-per-year': 'bcm/yr',
  km: 'km',
} as const satisfies Record<Unit, string>;

/**
 * The unit as a short column label: "US$ bn", "Mt", "Mt/yr", "bcm/yr", "km".
 *
 * @example unitLabel('usd-bn') // "US$ bn" (the trade-turnover figures)
 */
export function unitLabel(u: Unit): string {
  return UNIT_LABEL[u];
}

/**
 * A sort key for a period: its ISO start date and its length in months as an ISO duration,
 * zero-padded so keys compare as strings in `comparePeriods` order (earlier start first, then
 * shorter). Null (an open-ended target) gives a key after every date.
 *
 * @example periodSortKey({ type: 'half', year: 2007, half: 1 }) // "2007-01-01/P06M"
 */
export function periodSortKey(p: Period | null): string {
  if (!p) return OPEN_ENDED_SORT;
  const { start, end } = periodInterval(p);
  const from = start.toISOString().slice(0, 10);
  if (p.type === 'days') {
    const days = Math.round(((end as Date).getTime() + 1 - (start as Date).getTime()) / 86_400_000);
    return `${from}/P${String(days).padStart(3, '0')}D`;
  }
  const months =
    p.type === 'year'
      ? 12
      : p.type === 'half'
        ? 6
        : p.type === 'quarter'
          ? 3
          : p.lastMonth - p.firstMonth + 1;
  return `${from}/P${String(months).padStart(2, '0')}M`;
}

/**
 * Flattens a dataset into table rows: every observation (kind 'reported'), every target and
 * projection (statistic 'unstated': a promise has no statistic), and every derived figure in
 * US$ bn (kind 'estimate'; shares are skipped, as they are not levels). Rows come in record
 * order; sort with `applyTableQuery`. Throws if a derived figure names no input observation,
 * since its series could not be known.
 *
 * @example
 * metricRows(d, deriveSeedFigures(d)).find((r) => r.id === 'derived-2005-implied')
 * // → { kind: 'estimate', value: 6.8078…, formula: 'impliedPrior: 8.36 / (1 + 22.8%) = $6.81bn', … }
 */
export function metricRows(d: Dataset, derived: DerivedFigure[]): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const o of d.observations) {
    const s = sourceOf(d, o.sourceId);
    rows.push({
      id: o.id,
      period: formatPeriod(o.period),
      periodSort: periodSortKey(o.period),
      series: o.series,
      value: o.value,
      ...(o.qualifier === undefined ? {} : { qualifier: o.qualifier }),
      unit: o.unit,
      kind: 'reported',
      statistic: o.statistic,
      statisticLabel: formatStatistic(o.statistic),
      reportedBy: o.reportedBy,
      sourceId: s.id,
      sourceUrl: s.url,
      sourcePublisher: s.publisher,
      formula: null,
      ...(o.note === undefined ? {} : { note: o.note }),
    });
  }
  for (const t of d.targets) {
    const s = sourceOf(d, t.sourceId);
    const by = t.announcedQualifier === 'by' ? 'by ' : '';
    rows.push({
      id: t.id,
      period: t.period ? formatPeriod(t.period) : OPEN_ENDED,
      periodSort: periodSortKey(t.period),
      series: t.series,
      value: t.value,
      ...(t.qualifier === undefined ? {} : { qualifier: t.qualifier }),
      unit: t.unit,
      kind: t.kind,
      statistic: 'unstated',
      statisticLabel: formatStatistic('unstated'),
      reportedBy: `${t.who}, announced ${by}${formatPartialDate(t.announced)}`,
      sourceId: s.id,
      sourceUrl: s.url,
      sourcePublisher: s.publisher,
      formula: null,
      ...(t.note === undefined ? {} : { note: t.note }),
    });
  }
  for (const f of derived) {
    if (f.unit !== 'usd-bn') continue;
    const input = d.observations.find((o) => f.inputIds.includes(o.id));
    if (!input) throw new Error(`derived figure "${f.id}" names no observation of "${d.id}"`);
    rows.push({
      id: f.id,
      period: formatPeriod(f.period),
      periodSort: periodSortKey(f.period),
      series: input.series,
      value: f.value,
      unit: 'usd-bn',
      kind: 'estimate',
      statistic: f.statistic,
      statisticLabel: formatStatistic(f.statistic),
      reportedBy: `Derived: ${f.label}`,
      sourceId: null,
      sourceUrl: null,
      sourcePublisher: null,
      formula: `${f.fn}: ${f.formula}`,
    });
  }
  return rows;
}

/**
 * Reads the table view from Next's `searchParams` with `parseTableView`: `kind` and `statistic`
 * are lists; unknown values are dropped and reported by parameter, never echoed.
 *
 * @example
 * parseTableQuery({ sort: 'value', dir: 'sideways', kind: 'reported,estimate' })
 * // → { query: { sort: 'value', dir: 'asc', kind: ['reported', 'estimate'], statistic: [] },
 * //     errors: [{ error: 'unknown value', parameter: 'dir', allowed: 'asc, desc' }] }
 */
export function parseTableQuery(params: SearchParams): {
  query: TableQuery;
  errors: ParamError[];
} {
  return parseTableView(params, PARAMS);
}

const helper = columnHelper<MetricRow>();

// Module-level so TanStack's memos see stable column definitions.
const columns = helper.columns([
  helper.accessor('periodSort', { id: 'period', sortFn: byCode }),
  helper.accessor('value', { sortFn: byNumber }),
  helper.accessor((r) => unitLabel(r.unit), { id: 'unit', sortFn: byText }),
  helper.accessor('kind', { sortFn: byText, filterFn: oneOf }),
  // Filtered by code, sorted by the label the reader sees.
  helper.accessor('statistic', {
    sortFn: (a, b) => compareText(a.original.statisticLabel, b.original.statisticLabel),
    filterFn: oneOf,
  }),
  helper.accessor('reportedBy', { sortFn: byText }),
  // Estimates have no publisher: they go last in either direction.
  helper.accessor((r) => r.sourcePublisher ?? undefined, {
    id: 'source',
    sortFn: byText,
    sortUndefined: 'last',
  }),
  helper.accessor('id', { sortFn: byCode }),
]);

const TABLE: TableDef<MetricRow> = { columns, getRowId: (r) => r.id, ties: ['period', 'id'] };

/**
 * Filters then sorts rows as the query says, with TanStack Table's filtered and sorted row
 * models. Ties on the sorted column are broken by period, then id (both ascending), so the
 * order is deterministic. Empty input gives an empty array; the input is not mutated.
 *
 * @example
 * applyTableQuery(rows, { sort: 'value', dir: 'desc', kind: ['reported'], statistic: [] })[0]
 * // → the largest reported figure
 */
export function applyTableQuery(rows: readonly MetricRow[], query: TableQuery): MetricRow[] {
  return applyTableView(rows, TABLE, query, { kind: query.kind, statistic: query.statistic });
}

/**
 * The permalink of a view: the current query with `change` applied, defaults omitted, lists as
 * comma-separated values in canonical order, and `#metrics` so the browser lands on the table.
 * `parseTableQuery` reads it back to the same query.
 *
 * @example
 * tableHref('/', DEFAULT_TABLE_QUERY, { sort: 'value', dir: 'desc', kind: ['reported'] })
 * // → "/?sort=value&dir=desc&kind=reported#metrics"
 */
export function tableHref(
  basePath: string,
  query: TableQuery,
  change: Partial<TableQuery>,
): string {
  return tableViewHref(basePath, PARAMS, { ...query, ...change }, 'metrics');
}
