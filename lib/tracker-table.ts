/**
 * The projections tracker table's URL state (`?sort=variance&dir=desc&status=beaten,missed`),
 * parsed and applied with lib/table-query as the overview's table is: the table works without
 * client JavaScript and each view is a permalink.
 */
import type { Target } from '@/data/types';
import { formatStatistic } from './format';
import { periodSortKey } from './metrics-table';
import { eventsParam, type ParamError, type SearchParams } from './page-params';
import { parsePartialDate } from './periods';
import type { TrackerRow } from './projections';
import {
  applyTableView,
  byCode,
  byNumber,
  byText,
  columnHelper,
  oneOf,
  parseTableView,
  tableViewHref,
  type SortDir,
  type TableDef,
} from './table-query';
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
  dir: SortDir;
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

const PARAMS = {
  columns: TRACKER_COLUMNS,
  defaults: DEFAULT_TRACKER_QUERY,
  filters: { status: TRACKER_STATUSES, kind: TARGET_KINDS },
};

/**
 * Reads the tracker view from `searchParams` with `parseTableView`: `status` and `kind` are
 * lists; unknown values are dropped and reported by parameter, never echoed.
 *
 * @example parseTrackerQuery({ sort: 'variance', status: 'beaten,bogus' })
 * // → { query: { sort: 'variance', dir: 'asc', status: ['beaten'], kind: [] },
 * //     errors: [{ error: 'unknown value', parameter: 'status', allowed: 'beaten, met, …' }] }
 */
export function parseTrackerQuery(params: SearchParams): {
  query: TrackerQuery;
  errors: ParamError[];
} {
  return parseTableView(params, PARAMS);
}

const announcedAt = (r: TrackerRow) => parsePartialDate(r.target.announced)?.start.getTime() ?? 0;

const helper = columnHelper<TrackerRow>();

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

const TABLE: TableDef<TrackerRow> = {
  columns,
  getRowId: (r) => r.rowId,
  ties: ['announced', 'rowId'],
};

/**
 * Filters then sorts tracker rows as the query says. Ties are broken by announcement date, then
 * row id (both ascending), so the order is deterministic. The input is not mutated.
 *
 * @example applyTrackerQuery(rows, { ...DEFAULT_TRACKER_QUERY, status: ['beaten'] }).length // → 2
 */
export function applyTrackerQuery(rows: readonly TrackerRow[], query: TrackerQuery): TrackerRow[] {
  // The status column sorts by rank, so the filter reads the code from its own column.
  return applyTableView(rows, TABLE, query, { statusCode: query.status, kind: query.kind });
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
  return tableViewHref('/projections', PARAMS, { ...query, ...change }, hash, {
    events: eventsParam(events),
  });
}
