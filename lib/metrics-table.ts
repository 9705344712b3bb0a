/**
 * The overview's table of every figure: reported observations, targets and projections, and the
 * US$ estimates computed in lib/derived. Sort and filter state lives in the URL (`?sort=value&
 * dir=desc&kind=reported`), is parsed with zod and applied with TanStack Table's row models, so
 * the table works without client JavaScript and every view is a permalink.
 */
import {
  columnFilteringFeature,
  constructTable,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  type ColumnFiltersState,
  type FilterFn,
  type SortFn,
  type SortingState,
} from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { z } from 'zod';
import type { Dataset, Period, SeriesId, Statistic, Unit } from '@/data/types';
import type { DerivedFigure } from './derived';
import { formatStatistic } from './format';
import { formatPartialDate, formatPeriod, periodInterval } from './periods';
import { sourceOf } from './select';

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
  'cn-official',
  'kz-stat',
  'kz-official',
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

export type SortDir = 'asc' | 'desc';

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
  /** usd-bn or mt in this dataset; derived shares (fractions) are left out of the table. */
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

/** A query-string parameter that was rejected; `allowed` is a comma-separated list. */
export interface TableQueryError {
  parameter: 'sort' | 'dir' | 'kind' | 'statistic';
  /** Never contains the rejected value, which is untrusted input. */
  message: string;
  allowed: string;
}

/** The view with no parameters: by period, ascending, every kind and statistic. */
export const DEFAULT_TABLE_QUERY: Readonly<TableQuery> = Object.freeze({
  sort: 'period',
  dir: 'asc',
  kind: [],
  statistic: [],
});

const OPEN_ENDED = 'open-ended';
// '~' sorts after every digit, so open-ended targets come after all dated periods.
const OPEN_ENDED_SORT = '~open-ended';

const UNIT_LABEL = {
  'usd-bn': 'US$ bn',
  mt: 'Mt',
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
  const months = p.type === 'year' ? 12 : p.type === 'half' ? 6 : 3;
  const start = periodInterval(p).start.toISOString().slice(0, 10);
  return `${start}/P${String(months).padStart(2, '0')}M`;
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

const sortSchema = z.enum(COLUMN_IDS);
const dirSchema = z.enum(['asc', 'desc']);
const kindSchema = z.enum(METRIC_KINDS);
const statisticSchema = z.enum(STATISTICS);

/** The parameter's values: repeated keys and comma lists flattened, blanks dropped. */
function valuesOf(raw: string | string[] | undefined): string[] {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Keeps the valid values in canonical order; reports whether any were rejected. */
function parseList<T extends string>(
  values: string[],
  schema: z.ZodType<T>,
  order: readonly T[],
): { kept: T[]; rejected: boolean } {
  const valid = new Set<T>();
  let rejected = false;
  for (const v of values) {
    const r = schema.safeParse(v);
    if (r.success) valid.add(r.data);
    else rejected = true;
  }
  return { kept: order.filter((x) => valid.has(x)), rejected };
}

/** The one value of a single-valued parameter; the first wins when the key is repeated. */
function single<T extends string>(
  values: string[],
  schema: z.ZodType<T>,
): { value: T | undefined; rejected: boolean } {
  const first = values[0];
  if (first === undefined) return { value: undefined, rejected: false };
  const r = schema.safeParse(first);
  return r.success ? { value: r.data, rejected: false } : { value: undefined, rejected: true };
}

function unknownValue(parameter: TableQueryError['parameter'], allowed: readonly string[]) {
  return { parameter, message: 'unknown value', allowed: allowed.join(', ') };
}

/**
 * Reads the table view from Next's `searchParams`. `kind` and `statistic` accept repeated keys
 * or comma lists (`?kind=reported,estimate` equals `?kind=reported&kind=estimate`); `sort` and
 * `dir` take their first value. An unknown value yields one error per parameter naming the
 * allowed values (never the bad value, which is shown in HTML); the bad part is dropped and the
 * rest of the query still applies. Missing or blank parameters give the defaults, with no error.
 *
 * @example
 * parseTableQuery({ sort: 'value', dir: 'sideways', kind: 'reported,estimate' })
 * // → { query: { sort: 'value', dir: 'asc', kind: ['reported', 'estimate'], statistic: [] },
 * //     errors: [{ parameter: 'dir', message: 'unknown value', allowed: 'asc, desc' }] }
 */
export function parseTableQuery(params: Record<string, string | string[] | undefined>): {
  query: TableQuery;
  errors: TableQueryError[];
} {
  const errors: TableQueryError[] = [];
  const sort = single(valuesOf(params.sort), sortSchema);
  if (sort.rejected) errors.push(unknownValue('sort', COLUMN_IDS));
  const dir = single(valuesOf(params.dir), dirSchema);
  if (dir.rejected) errors.push(unknownValue('dir', dirSchema.options));
  const kind = parseList(valuesOf(params.kind), kindSchema, METRIC_KINDS);
  if (kind.rejected) errors.push(unknownValue('kind', METRIC_KINDS));
  const statistic = parseList(valuesOf(params.statistic), statisticSchema, STATISTICS);
  if (statistic.rejected) errors.push(unknownValue('statistic', STATISTICS));
  return {
    query: {
      sort: sort.value ?? DEFAULT_TABLE_QUERY.sort,
      dir: dir.value ?? DEFAULT_TABLE_QUERY.dir,
      kind: kind.kept,
      statistic: statistic.kept,
    },
    errors,
  };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const byText: SortFn<typeof features, MetricRow> = (a, b, id) =>
  collator.compare(String(a.getValue(id)), String(b.getValue(id)));
// Code-point order for machine keys (period keys, ids), independent of locale data.
const byCode: SortFn<typeof features, MetricRow> = (a, b, id) => {
  const x = String(a.getValue(id));
  const y = String(b.getValue(id));
  return x < y ? -1 : x > y ? 1 : 0;
};
const byNumber: SortFn<typeof features, MetricRow> = (a, b, id) =>
  Number(a.getValue(id)) - Number(b.getValue(id));
const oneOf: FilterFn<typeof features, MetricRow> = (row, id, allowed: readonly unknown[]) =>
  allowed.includes(row.getValue(id));

const features = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
  rowSortingFeature,
  columnFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
});

const helper = createColumnHelper<typeof features, MetricRow>();

// Module-level so TanStack's memos see stable column definitions.
const columns = helper.columns([
  helper.accessor('periodSort', { id: 'period', sortFn: byCode }),
  helper.accessor('value', { sortFn: byNumber }),
  helper.accessor((r) => unitLabel(r.unit), { id: 'unit', sortFn: byText }),
  helper.accessor('kind', { sortFn: byText, filterFn: oneOf }),
  // Filtered by code, sorted by the label the reader sees.
  helper.accessor('statistic', {
    sortFn: (a, b) => collator.compare(a.original.statisticLabel, b.original.statisticLabel),
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
  const sorting: SortingState = [{ id: query.sort, desc: query.dir === 'desc' }];
  if (query.sort !== 'period') sorting.push({ id: 'period', desc: false });
  sorting.push({ id: 'id', desc: false });
  const columnFilters: ColumnFiltersState = [];
  if (query.kind.length > 0) columnFilters.push({ id: 'kind', value: query.kind });
  if (query.statistic.length > 0) columnFilters.push({ id: 'statistic', value: query.statistic });
  const table = constructTable({
    features,
    columns,
    data: rows,
    getRowId: (r) => r.id,
    state: { sorting, columnFilters },
  });
  return table.getRowModel().rows.map((r) => r.original);
}

/** Both query parameters and their values for a list filter, or nothing when it is empty. */
function listParam(name: string, values: readonly string[]): string[] {
  return values.length === 0 ? [] : [`${name}=${values.map(encodeURIComponent).join(',')}`];
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
  const q = { ...query, ...change };
  const kinds = METRIC_KINDS.filter((k) => q.kind.includes(k));
  const statistics = STATISTICS.filter((s) => q.statistic.includes(s));
  const parts = [
    ...(q.sort === DEFAULT_TABLE_QUERY.sort ? [] : [`sort=${q.sort}`]),
    ...(q.dir === DEFAULT_TABLE_QUERY.dir ? [] : [`dir=${q.dir}`]),
    ...listParam('kind', kinds),
    ...listParam('statistic', statistics),
  ];
  return `${basePath}${parts.length > 0 ? `?${parts.join('&')}` : ''}#metrics`;
}
