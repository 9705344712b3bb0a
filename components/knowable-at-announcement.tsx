import { formatPct, formatStatistic, formatUsdBn, formatValue } from '@/lib/format';
import { formatUsdBnDifference } from '@/lib/format-difference';
import { formatPartialDate, formatPeriod } from '@/lib/periods';
import {
  formatTargetStatus,
  type KnowableAtAnnouncement as Knowable,
  type StartingPoint,
} from '@/lib/projections';
import { SourceLink } from './source-link';

const BASIS_LABEL = {
  reported: 'reported before the announcement',
  estimate: 'estimate from the latest half-year',
  hindsight: 'reported later (hindsight)',
} as const satisfies Record<StartingPoint['basis'], string>;

function Level({ p }: { p: StartingPoint }) {
  if (p.observation) {
    return <SourceLink sourceId={p.observation.sourceId}>{formatUsdBn(p.value)}</SourceLink>;
  }
  return (
    <>
      {formatUsdBn(p.value)} <span className="derived-tag">derived</span>
    </>
  );
}

function Followed({ p, targetYear }: { p: StartingPoint; targetYear: number | null }) {
  if (p.basis === 'estimate') {
    if (!p.laterReported || !p.error) return <>No full-year figure reported later</>;
    return (
      <>
        Reported later:{' '}
        <SourceLink sourceId={p.laterReported.sourceId}>
          {formatUsdBn(p.laterReported.value)}
        </SourceLink>{' '}
        ({formatStatistic(p.laterReported.statistic)}); the estimate was off by{' '}
        {formatUsdBnDifference(p.error.absolute, [p.value, p.laterReported.value])} (
        {formatPct(p.error.pct, { sign: true })})
      </>
    );
  }
  if (!p.realised) {
    return (
      <>
        No later figure of the same side’s statistics
        {targetYear === null ? '' : ` up to ${targetYear}`}; growth across different statistics is
        not computed
      </>
    );
  }
  const { to, years, cagrPct } = p.realised;
  return (
    <>
      {formatPct(cagrPct, { sign: true })} a year to {to.period.year} (
      <SourceLink sourceId={to.sourceId}>{formatUsdBn(to.value)}</SourceLink>,{' '}
      {formatStatistic(to.statistic)}, {years} {years === 1 ? 'year' : 'years'})
    </>
  );
}

/**
 * What the data said when a target was announced: the latest figures then (or the full year
 * annualised from a half), the growth each implied, and what followed.
 */
export function KnowableAtAnnouncement({ k }: { k: Knowable }) {
  const t = k.target;
  const targetYear = t.period?.year ?? null;
  const by = t.announcedQualifier === 'by' ? 'by ' : '';
  return (
    <section
      aria-labelledby={`knowable-${t.id}`}
      data-testid={`knowable-${t.id}`}
      className="knowable"
    >
      <h3 id={`knowable-${t.id}`}>
        {formatValue(t.value, t.unit)}{' '}
        {targetYear === null ? 'with no target year' : `for ${targetYear}`}: {t.who}, announced {by}
        {formatPartialDate(t.announced)}
      </h3>
      <p className="card-detail">
        The latest period with a figure by then: <strong>{formatPeriod(k.latestPeriod)}</strong>.{' '}
        {t.announcedQualifier === 'by' &&
          'The source only says it was announced by this date, so fewer figures may have been out. '}
        <SourceLink sourceId={t.sourceId}>Source of the {t.kind}</SourceLink>.
      </p>
      <div className="table-scroll">
        <table>
          <caption>
            Starting points and the growth a year each implied
            {targetYear === null
              ? ' (none: the target has no year)'
              : ` to reach ${formatUsdBn(t.value)} in ${targetYear}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Starting point</th>
              <th scope="col" className="num">
                Level
              </th>
              <th scope="col">Whose statistics</th>
              <th scope="col" className="num">
                Growth a year implied
              </th>
              <th scope="col">What followed</th>
            </tr>
          </thead>
          <tbody>
            {k.points.map((p) => (
              <tr key={p.id} data-point={p.id} data-basis={p.basis}>
                <th scope="row">
                  {p.label} <span className="muted">({BASIS_LABEL[p.basis]})</span>
                  {p.formula && (
                    <>
                      <br />
                      <code className="formula">
                        {p.fn}: {p.formula}
                      </code>
                    </>
                  )}
                </th>
                <td className="num">
                  <Level p={p} />
                </td>
                <td>{formatStatistic(p.statistic)}</td>
                <td className="num" data-testid="implied">
                  {p.years === null
                    ? '—'
                    : `${formatPct(p.requiredPct, { sign: true })} over ${p.years} ${p.years === 1 ? 'year' : 'years'}`}
                </td>
                <td>
                  <Followed p={p} targetYear={targetYear} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="card-detail" data-testid="outcome">
        What happened:{' '}
        {k.outcomes.map((r, i) => (
          <span key={r.rowId}>
            {i > 0 && '; '}
            <strong>{formatTargetStatus(r.status)}</strong>
            {r.actual && r.variance && (
              <>
                {' '}
                — {formatPeriod(r.actual.period)}:{' '}
                <SourceLink sourceId={r.actual.sourceId}>{formatUsdBn(r.actual.value)}</SourceLink>{' '}
                ({formatStatistic(r.actual.statistic)}),{' '}
                {formatUsdBnDifference(r.variance.absolute, [r.actual.value, t.value], {
                  sign: true,
                })}{' '}
                ({formatPct(r.variance.pct, { sign: true })}) against the {t.kind}
              </>
            )}
            {!r.actual && r.status === 'no-data' && ` — no figure found for ${targetYear}`}
          </span>
        ))}
        .
      </p>
    </section>
  );
}
