/**
 * What the URL-driven tables (lib/metrics-table, lib/tracker-table) share: a view — a sort
 * column, a direction and list filters — read from Next's `searchParams` with zod, applied with
 * TanStack Table's row models, and written back as a permalink. Each table supplies its columns.
 */
import {
  columnFilteringFeature,
  constructTable,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  type Row,
  type RowData,
  type TableOptions,
} from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { z } from 'zod';
import { firstParam, type ParamError, type SearchParams } from './page-params';

export type SortDir = 'asc' | 'desc';

/** Each list filter's parameter name and its allowed values, in canonical order. */
export type TableFilters = Record<string, readonly string[]>;

/** A table's URL parameters: its sort columns, defaults and list filters. */
export interface TableViewParams<C extends string, F extends TableFilters> {
  /** The allowed values of `?sort=`. */
  columns: readonly C[];
  /** The sort and direction when the URL gives none (or a bad one); links leave them out. */
  defaults: { sort: C; dir: SortDir };
  filters: F;
}

/** A view of a table: its sort, and per filter the values to keep (empty keeps every row). */
export type TableView<C extends string, F extends TableFilters> = { sort: C; dir: SortDir } & {
  [K in keyof F]: F[K][number][];
};

/** The parameter's values: repeated keys and comma lists flattened, trimmed, blanks dropped. */
function listValues(raw: string | string[] | undefined): string[] {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/**
 * Reads a table view from `searchParams`. Lists take repeated keys or commas (`?kind=a,b` equals
 * `?kind=a&kind=b`) and come back in canonical order without duplicates; `sort` and `dir` are
 * single values (the first one given, never split on commas: `?sort=a,b` is unknown). Unknown values are dropped, with one error per parameter (`sort`, `dir`,
 * then `spec.filters` order) naming the allowed values, never the untrusted bad value. Missing
 * or blank parameters give the defaults, with no error.
 *
 * @example
 * parseTableView({ dir: 'up', kind: 'b,x' },
 *   { columns: ['n'], defaults: { sort: 'n', dir: 'asc' }, filters: { kind: ['a', 'b'] } })
 * // → { query: { sort: 'n', dir: 'asc', kind: ['b'] }, errors: [
 * //     { error: 'unknown value', parameter: 'dir', allowed: 'asc, desc' },
 * //     { error: 'unknown value', parameter: 'kind', allowed: 'a, b' }] }
 */
export function parseTableView<C extends string, F extends TableFilters>(
  params: SearchParams,
  spec: TableViewParams<C, F>,
): { query: TableView<C, F>; errors: ParamError[] } {
  const errors: ParamError[] = [];
  const reject = (parameter: string, allowed: readonly string[]) =>
    errors.push({ error: 'unknown value', parameter, allowed: allowed.join(', ') });
  const single = <T extends string>(parameter: string, allowed: readonly T[], fallback: T): T => {
    // One value, commas included: `?sort=a,b` is the unknown value "a,b" in every table.
    const value = firstParam(params[parameter]);
    const r = z.enum(allowed).optional().safeParse(value);
    if (!r.success) reject(parameter, allowed);
    return r.data ?? fallback;
  };
  const view: Record<string, unknown> = {
    sort: single('sort', spec.columns, spec.defaults.sort),
    dir: single('dir', ['asc', 'desc'] as const, spec.defaults.dir),
  };
  for (const [parameter, allowed] of Object.entries(spec.filters)) {
    const schema = z.enum(allowed);
    const values = listValues(params[parameter]);
    const valid = values.filter((v) => schema.safeParse(v).success);
    if (valid.length < values.length) reject(parameter, allowed);
    view[parameter] = allowed.filter((a) => valid.includes(a));
  }
  return { query: view as TableView<C, F>, errors };
}

/**
 * The permalink of a view: `sort` and `dir` unless they are the defaults, each non-empty filter
 * as a comma list in canonical order, then the defined `extra` parameters, then `#hash` unless
 * it is empty. `parseTableView` reads it back to the same view.
 *
 * @example
 * tableViewHref('/t', spec, { sort: 'n', dir: 'desc', kind: ['b', 'a'] }, 'top', { x: '1' })
 * // → "/t?dir=desc&kind=a,b&x=1#top" (with spec as in the parseTableView example)
 */
export function tableViewHref<C extends string, F extends TableFilters>(
  basePath: string,
  spec: TableViewParams<C, F>,
  view: TableView<C, F>,
  hash: string,
  extra: Record<string, string | undefined> = {},
): string {
  const lists = view as Record<string, readonly string[]>;
  const values: Record<string, readonly string[]> = {
    sort: view.sort === spec.defaults.sort ? [] : [view.sort],
    dir: view.dir === spec.defaults.dir ? [] : [view.dir],
  };
  for (const [name, allowed] of Object.entries(spec.filters)) {
    values[name] = allowed.filter((a) => lists[name]?.includes(a));
  }
  for (const [name, value] of Object.entries(extra)) {
    values[name] = value === undefined ? [] : [value];
  }
  const query = Object.entries(values)
    .filter(([, list]) => list.length > 0)
    .map(([name, list]) => `${name}=${list.map(encodeURIComponent).join(',')}`);
  return `${basePath}${query.length > 0 ? `?${query.join('&')}` : ''}${hash ? `#${hash}` : ''}`;
}

const features = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
  rowSortingFeature,
  columnFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
});

type Features = typeof features;

/**
 * A column helper for rows of type `R`, with the features `applyTableView` uses.
 *
 * @example const helper = columnHelper<MetricRow>(); helper.accessor('value', { sortFn: byNumber })
 */
export function columnHelper<R extends RowData>() {
  return createColumnHelper<Features, R>();
}

/**
 * Compares text as a reader would: case-insensitive, digits by number, English rules.
 *
 * @example compareText('H2 2007', 'h10 2007') // → -1
 */
export const compareText = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;

/** Sorts by the column's value as text (`compareText`). */
export function byText<R extends RowData>(a: Row<Features, R>, b: Row<Features, R>, id: string) {
  return compareText(String(a.getValue(id)), String(b.getValue(id)));
}

/** Sorts in code-point order, for machine keys (period keys, ids), independent of locale data. */
export function byCode<R extends RowData>(a: Row<Features, R>, b: Row<Features, R>, id: string) {
  const x = String(a.getValue(id));
  const y = String(b.getValue(id));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Sorts by the column's value as a number. */
export function byNumber<R extends RowData>(a: Row<Features, R>, b: Row<Features, R>, id: string) {
  return Number(a.getValue(id)) - Number(b.getValue(id));
}

/** Keeps rows whose column value is one of `allowed`. */
export function oneOf<R extends RowData>(
  row: Row<Features, R>,
  id: string,
  allowed: readonly unknown[],
) {
  return allowed.includes(row.getValue(id));
}

/** A table's columns and row ids, and the columns that break sort ties, in order. */
export interface TableDef<R extends RowData> extends Pick<
  TableOptions<Features, R>,
  'columns' | 'getRowId'
> {
  ties: readonly string[];
}

/**
 * Filters then sorts rows with TanStack Table's row models: keeps rows whose column is one of
 * the values listed for it in `filters` (an empty list keeps every row), sorts by `view.sort` in
 * `view.dir`, and breaks ties by `table.ties` ascending (skipping the sort column), so the order
 * is deterministic. Empty input gives an empty array; the input is not mutated.
 *
 * @example
 * applyTableView(rows, { columns, getRowId: (r) => r.id, ties: ['period', 'id'] },
 *   { sort: 'value', dir: 'desc' }, { kind: ['reported'] })[0] // → the largest reported figure
 */
export function applyTableView<R extends RowData>(
  rows: readonly R[],
  table: TableDef<R>,
  view: { sort: string; dir: SortDir },
  filters: Record<string, readonly string[]>,
): R[] {
  const { ties, ...options } = table;
  const sorting = [
    { id: view.sort, desc: view.dir === 'desc' },
    ...ties.filter((id) => id !== view.sort).map((id) => ({ id, desc: false })),
  ];
  const columnFilters = Object.entries(filters)
    .filter(([, value]) => value.length > 0)
    .map(([id, value]) => ({ id, value }));
  return constructTable({ ...options, features, data: rows, state: { sorting, columnFilters } })
    .getRowModel()
    .rows.map((r) => r.original);
}
