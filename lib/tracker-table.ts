/**
 * The projections tracker table's URL state (`?sort=variance&dir=desc&status=beaten,missed`),
 * parsed with zod and applied with TanStack Table's row models, in the manner of
 * lib/metrics-table: the table works without client JavaScript and each view is a permalink.
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
import type { Target } from '@/data/types';
import { formatStatistic } from './format';
import { periodSortKey } from './metrics-table';
import { firstParam, type ParamError, type SearchParams } from './page-params';
import { parsePartialDate } from './periods';
import type { TrackerRow } from './projections';
import type { TargetStatus } from './targets';

/** Every status, in the order the filter lists them and the status column sorts them. */
export const TRACKER_STATUSES = [
  'beaten',
  'met',
  'missed',
  'pending',
  'open-ended',
  'no-data',
] as const satisfies readonly TargetStatus[];

export const TARGET_KINDS = ['projection', 'target'] as const satisfies readonly Target['kind'][];

/** Sortable columns in display order; the allowed values of `?sort=`. */
export const TRACKER_COLUMNS = [
  'target',
  'period',
  'who',
  'announced',
  'statistic',
  'actual',
  'variance',
  'status',
  'firstReached',
] as const;

export type TrackerColumn = (typeof TRACKER_COLUMNS)[number];

export interface TrackerQuery {
  sort: TrackerColumn;
  dir: 'asc' | 'desc';
  /** Statuses to keep, in `TRACKER_STATUSES` order; empty keeps all. */
  status: TargetStatus[];
  /** Kinds to keep, in `TARGET_KINDS` order; empty keeps all. */
  kind: Target['kind'][];
}

/** Oldest announcement first, every status and kind. */
export const DEFAULT_TRACKER_QUERY: Readonly<TrackerQuery> = Object.freeze({
  sort: 'announced',
  dir: 'asc',
  status: [],
  kind: [],
});

const sortSchema = z.enum(TRACKER_COLUMNS);
const dirSchema = z.enum(['asc', 'desc']);
const statusSchema = z.enum(TRACKER_STATUSES);
const kindSchema = z.enum(TARGET_KINDS);

function listOf(raw: string | string[] | undefined): string[] {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function keepValid<T extends string>(
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

const unknown = (parameter: string, allowed: readonly string[]): ParamError => ({
  parameter,
  message: 'unknown value',
  allowed: allowed.join(', '),
});

/**
 * Reads the tracker view from `searchParams`. `status` and `kind` take comma lists or repeated
 * keys; `sort` and `dir` their first value. Unknown values are dropped with one error per
 * parameter (naming the allowed values, never the bad one); the rest of the query applies.
 *
 * @example parseTrackerQuery({ sort: 'variance', status: 'beaten,bogus' })
 * // → { query: { sort: 'variance', dir: 'asc', status: ['beaten'], kind: [] },
 * //     errors: [{ parameter: 'status', message: 'unknown value', allowed: 'beaten, met, …' }] }
 */
export function parseTrackerQuery(params: SearchParams): {
  query: TrackerQuery;
  errors: ParamError[];
} {
  const errors: ParamError[] = [];
  const sortRaw = firstParam(params.sort);
  const sort = sortRaw === undefined ? undefined : sortSchema.safeParse(sortRaw);
  if (sort && !sort.success) errors.push(unknown('sort', TRACKER_COLUMNS));
  const dirRaw = firstParam(params.dir);
  const dir = dirRaw === undefined ? undefined : dirSchema.safeParse(dirRaw);
  if (dir && !dir.success) errors.push(unknown('dir', dirSchema.options));
  const status = keepValid(listOf(params.status), statusSchema, TRACKER_STATUSES);
  if (status.rejected) errors.push(unknown('status', TRACKER_STATUSES));
  const kind = keepValid(listOf(params.kind), kindSchema, TARGET_KINDS);
  if (kind.rejected) errors.push(unknown('kind', TARGET_KINDS));
  return {
    query: {
      sort: sort?.success ? sort.data : DEFAULT_TRACKER_QUERY.sort,
      dir: dir?.success ? dir.data : DEFAULT_TRACKER_QUERY.dir,
      status: status.kept,
      kind: kind.kept,
    },
    errors,
  };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const features = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
  rowSortingFeature,
  columnFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
});

const byNumber: SortFn<typeof features, TrackerRow> = (a, b, id) =>
  Number(a.getValue(id)) - Number(b.getValue(id));
const byText: SortFn<typeof features, TrackerRow> = (a, b, id) =>
  collator.compare(String(a.getValue(id)), String(b.getValue(id)));
const byCode: SortFn<typeof features, TrackerRow> = (a, b, id) => {
  const x = String(a.getValue(id));
  const y = String(b.getValue(id));
  return x < y ? -1 : x > y ? 1 : 0;
};
const oneOf: FilterFn<typeof features, TrackerRow> = (row, id, allowed: readonly unknown[]) =>
  allowed.includes(row.getValue(id));

const announcedAt = (r: TrackerRow) => parsePartialDate(r.target.announced)?.start.getTime() ?? 0;

const helper = createColumnHelper<typeof features, TrackerRow>();

// Module-level so TanStack's memos see stable column definitions. Missing values sort last.
const columns = helper.columns([
  helper.accessor((r) => r.target.value, { id: 'target', sortFn: byNumber }),
  helper.accessor((r) => periodSortKey(r.target.period), { id: 'period', sortFn: byCode }),
  helper.accessor((r) => r.target.who, { id: 'who', sortFn: byText }),
  helper.accessor(announcedAt, { id: 'announced', sortFn: byNumber }),
  helper.accessor((r) => (r.actual ? formatStatistic(r.actual.statistic) : undefined), {
    id: 'statistic',
    sortFn: byText,
    sortUndefined: 'last',
  }),
  helper.accessor((r) => r.actual?.value, {
    id: 'actual',
    sortFn: byNumber,
    sortUndefined: 'last',
  }),
  helper.accessor((r) => r.variance?.pct ?? undefined, {
    id: 'variance',
    sortFn: byNumber,
    sortUndefined: 'last',
  }),
  helper.accessor((r) => TRACKER_STATUSES.indexOf(r.status), { id: 'status', sortFn: byNumber }),
  helper.accessor((r) => r.firstReached?.period.year, {
    id: 'firstReached',
    sortFn: byNumber,
    sortUndefined: 'last',
  }),
  helper.accessor((r) => r.status, { id: 'statusCode', filterFn: oneOf }),
  helper.accessor((r) => r.target.kind, { id: 'kind', filterFn: oneOf }),
  helper.accessor((r) => r.rowId, { id: 'rowId', sortFn: byCode }),
]);

/**
 * Filters then sorts tracker rows as the query says. Ties are broken by announcement date, then
 * row id (both ascending), so the order is deterministic. The input is not mutated.
 *
 * @example applyTrackerQuery(rows, { ...DEFAULT_TRACKER_QUERY, status: ['beaten'] }).length // → 2
 */
export function applyTrackerQuery(rows: readonly TrackerRow[], query: TrackerQuery): TrackerRow[] {
  const sorting: SortingState = [{ id: query.sort, desc: query.dir === 'desc' }];
  if (query.sort !== 'announced') sorting.push({ id: 'announced', desc: false });
  sorting.push({ id: 'rowId', desc: false });
  const columnFilters: ColumnFiltersState = [];
  if (query.status.length > 0) columnFilters.push({ id: 'statusCode', value: query.status });
  if (query.kind.length > 0) columnFilters.push({ id: 'kind', value: query.kind });
  const table = constructTable({
    features,
    columns,
    data: rows as TrackerRow[],
    getRowId: (r) => r.rowId,
    state: { sorting, columnFilters },
  });
  return table.getRowModel().rows.map((r) => r.original);
}

/**
 * The permalink of a tracker view: the query with `change` applied, defaults left out, the
 * events toggle kept (`events=off` when hidden), landing on `#<hash>` (default `#tracker`; an
 * empty hash gives none, for links to the top of the page).
 *
 * @example trackerHref(DEFAULT_TRACKER_QUERY, { sort: 'variance', dir: 'desc' }, true)
 * // → "/projections?sort=variance&dir=desc#tracker"
 */
export function trackerHref(
  query: TrackerQuery,
  change: Partial<TrackerQuery>,
  events: boolean,
  hash = 'tracker',
): string {
  const q = { ...query, ...change };
  const parts = [
    ...(q.sort === DEFAULT_TRACKER_QUERY.sort ? [] : [`sort=${q.sort}`]),
    ...(q.dir === DEFAULT_TRACKER_QUERY.dir ? [] : [`dir=${q.dir}`]),
    ...(q.status.length === 0
      ? []
      : [`status=${TRACKER_STATUSES.filter((s) => q.status.includes(s)).join(',')}`]),
    ...(q.kind.length === 0
      ? []
      : [`kind=${TARGET_KINDS.filter((k) => q.kind.includes(k)).join(',')}`]),
    ...(events ? [] : ['events=off']),
  ];
  return `/projections${parts.length > 0 ? `?${parts.join('&')}` : ''}${hash ? `#${hash}` : ''}`;
}
