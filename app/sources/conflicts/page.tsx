import Link from 'next/link';
import { SourceLink } from '@/components/source-link';
import { conflictViews, growthContradictions, mirrorGapParagraph } from '@/lib/conflict-report';
import { CONSISTENCY_RULE } from '@/lib/consistency';
import { cumulativeChecks } from '@/lib/cumulative';
import { getDataset } from '@/lib/datasets';
import { conflictNaming, sameSideDisagreements } from '@/lib/disagreements';
import { formatPct, formatQualified, formatStatistic } from '@/lib/format';
import { formatPeriod } from '@/lib/periods';
import { formatSeries } from '@/lib/series-names';
import { PRECEDENCE_RULE } from '@/lib/side-series';
import { sourceOf } from '@/lib/select';

export const metadata = { title: 'Conflicts between sources' };

const KIND_LABEL = {
  rounding: 'rounding',
  revision: 'revision or rounding',
  'mirror-gap': 'mirror gap between the two sides',
  'different-measure': 'different measures',
  'estimate-vs-outturn': 'an estimate against the outturn',
  outlier: 'an outlier',
  'two-events': 'two different events',
  'growth-vs-level': 'a growth rate against a level',
  cumulative: 'running totals that do not add up',
} as const;

/** Bounds as a reader sees them: "63.615–63.625", "up to 0.15", "from 249.1". */
function formatBounds([lo, hi]: [number, number]): string {
  const n = (x: number) => String(Number(x.toFixed(6)));
  if (!Number.isFinite(lo) && !Number.isFinite(hi)) return 'any value';
  if (!Number.isFinite(lo)) return `up to ${n(hi)}`;
  if (!Number.isFinite(hi)) return `from ${n(lo)}`;
  return lo === hi ? n(lo) : `${n(lo)}–${n(hi)}`;
}

export default function ConflictsPage() {
  const d = getDataset();
  const views = conflictViews(d);
  const disagreements = sameSideDisagreements(d);
  const contradictions = growthContradictions(d);
  const checks = cumulativeChecks(d);
  return (
    <>
      <h1>Conflicts between sources</h1>
      <p className="lede">
        Where sources disagree about one period, one side or one date, by more than rounding: each
        claim with its passage and source. Nothing here is averaged or resolved. {PRECEDENCE_RULE}{' '}
        <Link href="/sources">All sources</Link>.
      </p>

      <section aria-labelledby="mirror">
        <h2 id="mirror">The mirror gap: China’s figures against Kazakhstan’s</h2>
        <p data-testid="mirror-paragraph">{mirrorGapParagraph(d)}</p>
        <p className="card-detail">
          Year by year: <Link href="/trade#mirror">the mirror table on /trade</Link>; by direction:{' '}
          <Link href="/trade#direction-mirror">trade by direction</Link>.
        </p>
      </section>

      <section aria-labelledby="declared">
        <h2 id="declared">Every conflict ({views.length})</h2>
        <ol className="sources-list" data-testid="conflicts-list">
          {views.map(({ conflict: c, claims }) => (
            <li key={c.id} id={c.id} data-conflict-id={c.id}>
              <article aria-labelledby={`${c.id}-topic`}>
                <h3 id={`${c.id}-topic`}>{c.topic}</h3>
                <p className="card-detail">
                  {KIND_LABEL[c.kind]} ·{' '}
                  {c.foundBy === 'reference'
                    ? 'listed in the reference'
                    : 'found by the dataset validator'}
                </p>
                <ul data-testid="claims">
                  {claims.map((claim, i) => (
                    <li key={`${c.id}-${i}`}>
                      {claim.href ? <Link href={claim.href}>{claim.says}</Link> : claim.says} ·{' '}
                      <SourceLink sourceId={claim.sourceId}>
                        {sourceOf(d, claim.sourceId).publisher}
                      </SourceLink>
                      {claim.quote && (
                        <blockquote cite={sourceOf(d, claim.sourceId).url}>
                          <p>{claim.quote}</p>
                        </blockquote>
                      )}
                    </li>
                  ))}
                </ul>
                <p>{c.note}</p>
              </article>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="same-side">
        <h2 id="same-side">Figures of one side that rounding cannot reconcile</h2>
        <p className="lede">
          Pairs of figures for the same series, period and side whose published values (with their
          rounding and words such as “more than”) allow no common value.
        </p>
        <div className="table-scroll">
          <table data-testid="disagreements-table">
            <thead>
              <tr>
                <th scope="col">Series and period</th>
                <th scope="col">One figure</th>
                <th scope="col">The other</th>
                <th scope="col">Conflict</th>
              </tr>
            </thead>
            <tbody>
              {disagreements.map((x) => {
                const named = conflictNaming(d, [x.first.id, x.second.id]);
                return (
                  <tr key={`${x.first.id}-${x.second.id}`}>
                    <th scope="row">
                      {formatSeries(x.series)}, {formatPeriod(x.period)}
                    </th>
                    {[x.first, x.second].map((o) => (
                      <td key={o.id}>
                        <SourceLink sourceId={o.sourceId}>
                          {formatQualified(o.value, o.unit, o.qualifier)}
                        </SourceLink>{' '}
                        <span className="muted">
                          ({formatStatistic(o.statistic)}, {o.reportedBy})
                        </span>
                      </td>
                    ))}
                    <td>{named ? <a href={`#${named.id}`}>{named.topic}</a> : 'none'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="growth">
        <h2 id="growth">Stated growth rates the same side’s levels contradict</h2>
        <p className="lede">{CONSISTENCY_RULE}</p>
        <div className="table-scroll">
          <table data-testid="contradictions-table">
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Against</th>
                <th scope="col" className="num">
                  Growth stated
                </th>
                <th scope="col" className="num">
                  Growth from the levels
                </th>
                <th scope="col">Level the stated rate implies (derived)</th>
              </tr>
            </thead>
            <tbody>
              {contradictions.map((g) => (
                <tr key={g.observation.id} data-row-id={g.observation.id}>
                  <th scope="row">
                    <SourceLink sourceId={g.observation.sourceId}>
                      {formatPeriod(g.observation.period)}:{' '}
                      {formatQualified(g.observation.value, g.observation.unit)}
                    </SourceLink>{' '}
                    <span className="muted">({formatStatistic(g.observation.statistic)})</span>
                  </th>
                  <td>
                    <SourceLink sourceId={g.prior.sourceId}>
                      {formatPeriod(g.prior.period)}:{' '}
                      {formatQualified(g.prior.value, g.prior.unit, g.prior.qualifier)}
                    </SourceLink>{' '}
                    <span className="muted">({formatStatistic(g.prior.statistic)})</span>
                  </td>
                  <td className="num">{formatPct(g.row.statedPct, { sign: true })}</td>
                  <td className="num">{formatPct(g.row.computedPct, { sign: true })}</td>
                  <td>
                    <code className="formula">{g.formula}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="cumulative">
        <h2 id="cumulative">Running totals against the flows</h2>
        <p className="lede">
          A running total, less the flows between two dates, gives the total at the earlier date;
          every estimate of one date should allow a common value. A total “since the line opened”
          also gives 0 before the first flow.
        </p>
        <div className="table-scroll">
          <table data-testid="cumulative-table">
            <thead>
              <tr>
                <th scope="col">Series, total at</th>
                <th scope="col">Estimates (formula = value; values it allows)</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {checks.map((c) => (
                <tr key={`${c.series}-${c.atLabel}`} data-check={`${c.series}|${c.atLabel}`}>
                  <th scope="row">
                    {formatSeries(c.series)}, {c.atLabel}
                  </th>
                  <td>
                    <ul className="plain-list">
                      {c.estimates.map((e) => (
                        <li key={`${e.kind}-${e.formula}`}>
                          <code className="formula">{e.formula}</code> ={' '}
                          {Number(e.value.toFixed(6))}{' '}
                          <span className="muted">({formatBounds(e.bounds)})</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td data-testid="verdict">{c.agree ? 'agree' : 'disagree'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
