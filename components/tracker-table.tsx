import { formatPct, formatStatistic, formatValue } from '@/lib/format';
import { formatUsdBnDifference } from '@/lib/format-difference';
import type { ParamError } from '@/lib/page-params';
import { formatPartialDate, formatPeriod } from '@/lib/periods';
import { formatTargetStatus, type TrackerRow } from '@/lib/projections';
import type { TargetStatus } from '@/lib/targets';
import {
  TARGET_KINDS,
  TRACKER_COLUMNS,
  TRACKER_STATUSES,
  trackerHref,
  type TrackerColumn,
  type TrackerQuery,
} from '@/lib/tracker-table';
import { FilterFieldset } from './filter-fieldset';
import { ParamErrors } from './param-errors';
import { SortableHeader } from './sortable-header';
import { SourceLink } from './source-link';

const COLUMN_LABEL = {
  target: 'Target',
  period: 'For',
  who: 'Who',
  announced: 'Announced',
  statistic: 'Whose statistics',
  actual: 'Actual',
  variance: 'Variance',
  status: 'Status',
  firstReached: 'First reached',
} as const satisfies Record<TrackerColumn, string>;

const STATUS_CLASS = {
  beaten: 'variance-up',
  met: 'variance-up',
  missed: 'variance-down',
  pending: 'muted',
  'open-ended': 'muted',
  'no-data': 'muted',
} as const satisfies Record<TargetStatus, string>;

/**
 * The projections tracker: one row per target per statistic that reports its period, sortable
 * by header links and filterable by a GET form, all through the URL. The first row of each
 * target carries the target's id as its anchor.
 */
export function TrackerTable({
  rows,
  total,
  query,
  errors,
  events,
}: {
  rows: TrackerRow[];
  total: number;
  query: TrackerQuery;
  errors: ParamError[];
  events: boolean;
}) {
  const anchored = new Set<string>();
  return (
    <div className="tracker">
      <ParamErrors errors={errors} />
      <form action="/projections#tracker" method="get" className="metrics-filter">
        {query.sort !== 'announced' && <input type="hidden" name="sort" value={query.sort} />}
        {query.dir !== 'asc' && <input type="hidden" name="dir" value={query.dir} />}
        {!events && <input type="hidden" name="events" value="off" />}
        <FilterFieldset
          legend="Status"
          name="status"
          options={TRACKER_STATUSES}
          checked={query.status}
          label={formatTargetStatus}
        />
        <FilterFieldset
          legend="Kind"
          name="kind"
          options={TARGET_KINDS}
          checked={query.kind}
          label={(k) => (k === 'projection' ? 'Projection' : 'Target')}
        />
        <p className="muted">None ticked shows all.</p>
        <button type="submit">Apply filters</button>
        <a
          className="button button-secondary"
          href={trackerHref(query, { status: [], kind: [] }, events)}
        >
          Clear filters
        </a>
      </form>
      <div className="table-scroll">
        <table data-testid="tracker-table">
          <caption>
            {rows.length} of {total} rows: each target against each statistic that reports its year
            <span className="scroll-hint"> · scroll sideways for every column →</span>
          </caption>
          <thead>
            <tr>
              {TRACKER_COLUMNS.map((id) => (
                <SortableHeader
                  key={id}
                  column={id}
                  label={COLUMN_LABEL[id]}
                  view={query}
                  href={(sort) => trackerHref(query, sort, events)}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={TRACKER_COLUMNS.length}>No targets match these filters.</td>
              </tr>
            )}
            {rows.map((r) => {
              const t = r.target;
              const anchor = anchored.has(t.id) ? undefined : t.id;
              anchored.add(t.id);
              return (
                <tr key={r.rowId} id={anchor} data-row-id={r.rowId} data-status={r.status}>
                  <th scope="row">
                    <SourceLink sourceId={t.sourceId}>{formatValue(t.value, t.unit)}</SourceLink>{' '}
                    <span className={`kind-badge kind-${t.kind}`}>{t.kind}</span>
                  </th>
                  <td>{t.period ? formatPeriod(t.period) : 'no year given'}</td>
                  <td>{t.who}</td>
                  <td>
                    {t.announcedQualifier === 'by' ? 'by ' : ''}
                    {formatPartialDate(t.announced)}
                  </td>
                  <td>{r.actual ? formatStatistic(r.actual.statistic) : '—'}</td>
                  <td className="num">
                    {r.actual ? (
                      <SourceLink sourceId={r.actual.sourceId}>
                        {formatValue(r.actual.value, r.actual.unit)}
                      </SourceLink>
                    ) : (
                      'no figure'
                    )}
                  </td>
                  <td className="num">
                    {r.variance
                      ? `${formatUsdBnDifference(r.variance.absolute, [r.actual?.value ?? 0, t.value], { sign: true })} (${formatPct(r.variance.pct, { sign: true })})`
                      : '—'}
                  </td>
                  <td>
                    <strong className={STATUS_CLASS[r.status]} data-testid="status">
                      {formatTargetStatus(r.status)}
                    </strong>
                  </td>
                  <td>
                    {r.firstReached ? (
                      <>
                        {formatPeriod(r.firstReached.period)}:{' '}
                        <SourceLink sourceId={r.firstReached.sourceId}>
                          {formatValue(r.firstReached.value, r.firstReached.unit)}
                        </SourceLink>{' '}
                        <span className="muted">({formatStatistic(r.firstReached.statistic)})</span>
                      </>
                    ) : (
                      'not yet'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
