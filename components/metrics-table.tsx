import { roundLevel } from '@/lib/export/round';
import { formatQualified, formatStatistic, formatValue } from '@/lib/format';
import {
  COLUMN_IDS,
  METRIC_KINDS,
  STATISTICS,
  tableHref,
  unitLabel,
  type ColumnId,
  type MetricKind,
  type MetricRow,
  type TableQuery,
} from '@/lib/metrics-table';
import type { ParamError } from '@/lib/page-params';
import { FilterFieldset } from './filter-fieldset';
import { ParamErrors } from './param-errors';
import { SortableHeader } from './sortable-header';

export interface MetricsTableProps {
  /** The rows to show, already filtered and sorted by `applyTableQuery`. */
  rows: MetricRow[];
  /** How many rows there are before filtering, for the "14 of 40 figures" caption. */
  total: number;
  query: TableQuery;
  errors: ParamError[];
  /** The page the form and header links point at, e.g. "/". */
  basePath: string;
}

const COLUMN_LABEL = {
  period: 'Period',
  value: 'Value',
  unit: 'Unit',
  kind: 'Kind',
  statistic: 'Whose statistics',
  reportedBy: 'Reported by',
  source: 'Source',
} as const satisfies Record<ColumnId, string>;

const KIND_LABEL = {
  reported: 'Reported',
  projection: 'Projection',
  target: 'Target',
  estimate: 'Estimate',
} as const satisfies Record<MetricKind, string>;

function SourceCell({ row }: { row: MetricRow }) {
  if (row.formula !== null) {
    return (
      <td>
        <code className="formula" title={row.formula}>
          {row.formula}
        </code>
      </td>
    );
  }
  if (row.sourceId === null) return <td />;
  return (
    <td>
      <a href={`/sources#${row.sourceId}`}>{row.sourcePublisher ?? row.sourceId}</a>
      {row.sourceUrl !== null && (
        <>
          {' '}
          <a
            className="external-link"
            href={row.sourceUrl}
            rel="noopener"
            aria-label={`Original at ${row.sourcePublisher ?? row.sourceId} (external site)`}
          >
            ↗
          </a>
        </>
      )}
    </td>
  );
}

/**
 * Every figure as a table whose sort and filters live in the URL: header links sort, a GET form
 * filters, so it works with JavaScript off and each view is a permalink. Renders on the server.
 */
export function MetricsTable({ rows, total, query, errors, basePath }: MetricsTableProps) {
  return (
    <div className="metrics">
      <ParamErrors errors={errors} lead="Some table settings in the address were ignored:" />
      <form action={`${basePath}#metrics`} method="get" className="metrics-filter">
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <FilterFieldset
          legend="Kind"
          name="kind"
          options={METRIC_KINDS}
          checked={query.kind}
          label={(k) => KIND_LABEL[k]}
        />
        <FilterFieldset
          legend="Whose statistics"
          name="statistic"
          options={STATISTICS}
          checked={query.statistic}
          label={formatStatistic}
        />
        <p className="muted">None ticked shows all.</p>
        <button type="submit">Apply filters</button>
        <a
          className="button button-secondary"
          href={tableHref(basePath, query, { kind: [], statistic: [] })}
        >
          Clear filters
        </a>
      </form>
      <div className="table-scroll">
        <table data-testid="metrics-table" className="metrics-table">
          <caption>
            {rows.length} of {total} figures
            <span className="scroll-hint"> · scroll sideways for every column →</span>
          </caption>
          <thead>
            <tr>
              {COLUMN_IDS.map((id) => (
                <SortableHeader
                  key={id}
                  column={id}
                  label={COLUMN_LABEL[id]}
                  view={query}
                  href={(sort) => tableHref(basePath, query, sort)}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={COLUMN_IDS.length}>No figures match these filters.</td>
              </tr>
            )}
            {rows.map((r) => (
              <tr key={r.id} data-row-id={r.id}>
                <th scope="row">{r.period}</th>
                <td className="cell-nowrap" data-value={roundLevel(r.value) ?? undefined}>
                  {r.kind === 'estimate'
                    ? formatValue(r.value, r.unit)
                    : formatQualified(r.value, r.unit, r.qualifier)}
                </td>
                <td className="cell-nowrap">{unitLabel(r.unit)}</td>
                <td>
                  <span className={`kind-badge kind-${r.kind}`}>{KIND_LABEL[r.kind]}</span>
                </td>
                <td>{r.statisticLabel}</td>
                <td className="cell-reported-by">
                  {r.reportedBy}
                  {r.note !== undefined && (
                    <>
                      <br />
                      <small className="muted">{r.note}</small>
                    </>
                  )}
                </td>
                <SourceCell row={r} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
