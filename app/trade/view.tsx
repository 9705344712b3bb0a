import Link from 'next/link';
import { ChartFigure } from '@/components/charts/chart-figure';
import { EventsToggle } from '@/components/events-toggle';
import { ParamErrors } from '@/components/param-errors';
import { SourceLink } from '@/components/source-link';
import { mirrorGapSpec } from '@/lib/charts/mirror-gap';
import { datedEvents, formatEventDates } from '@/lib/charts/events';
import { sideName } from '@/lib/charts/palette';
import { tradeDirectionSpec } from '@/lib/charts/trade-direction';
import { TRADE_EVENT_CATEGORIES } from '@/lib/charts/trade-trend';
import { tradeSeriesSpec } from '@/lib/charts/trade-series';
import { CONSISTENCY_RULE } from '@/lib/consistency';
import { getDataset } from '@/lib/datasets';
import { directionBalances, directionMirrorGaps } from '@/lib/direction';
import {
  formatPct,
  formatPp,
  formatQualified,
  formatStatedGrowth,
  formatStatistic,
  formatUsdBn,
} from '@/lib/format';
import { formatUsdBnDifference } from '@/lib/format-difference';
import { gapBound, mirrorGaps } from '@/lib/mirror';
import { eventsParam, pageHref, parseEventsParam, type SearchParams } from '@/lib/page-params';
import { partialYearRows } from '@/lib/partial-periods';
import { comparePeriods, formatPeriod } from '@/lib/periods';
import { observationsOf } from '@/lib/select';
import { formatSeries } from '@/lib/series-names';
import { PRECEDENCE_RULE } from '@/lib/side-series';
import { seriesWithGrowth, statedGrowthChecks } from '@/lib/series-growth';

export const metadata = { title: 'Trade turnover in full' };

export default async function TradePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const d = getDataset();
  const { events, errors } = parseEventsParam(await searchParams);
  const series = seriesWithGrowth(d);
  const gaps = mirrorGaps(d);
  const checks = statedGrowthChecks(d);
  const partial = partialYearRows(d);
  const directionFigures = [
    ...observationsOf(d, 'trade-kz-to-cn'),
    ...observationsOf(d, 'trade-cn-to-kz'),
  ].sort((a, b) => comparePeriods(a.period, b.period));
  const balances = directionBalances(d);
  const mirrorByDirection = directionMirrorGaps(d);
  const directionGaps = [
    ...mirrorByDirection.kzToCn.map((g) => ({ label: 'Kazakhstan → China', g })),
    ...mirrorByDirection.cnToKz.map((g) => ({ label: 'China → Kazakhstan', g })),
  ].sort((a, b) => a.g.year - b.g.year);
  return (
    <>
      <h1>Trade turnover in full</h1>
      <p className="lede">
        Every bilateral trade figure found, by whose statistics: Chinese and Kazakh figures are
        separate lines, and figures whose source did not say whose statistics they are stay
        “unstated”. Missing years stay empty.
      </p>
      <ParamErrors errors={errors} />
      <EventsToggle events={events} href={pageHref('/trade', { events: eventsParam(!events) })} />
      <ChartFigure spec={tradeSeriesSpec(d, { events })} />

      <section aria-labelledby="figures">
        <h2 id="figures">Every figure, with year-on-year growth</h2>
        <div className="table-scroll">
          <table data-testid="trade-table">
            <caption>
              {series.length} trade figures (US$ bn), annual and partial-year. Growth is computed
              only against the same side’s figure for the year before (or the same period a year
              earlier); where a side has several figures for that period, against the one the charts
              draw.
            </caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Whose statistics</th>
                <th scope="col" className="num">
                  Turnover
                </th>
                <th scope="col" className="num">
                  Growth computed
                </th>
                <th scope="col" className="num">
                  Growth stated
                </th>
                <th scope="col">Reported by</th>
              </tr>
            </thead>
            <tbody>
              {series.map(({ observation: o, growth: g }) => (
                <tr key={o.id} id={o.id} data-row-id={o.id}>
                  <th scope="row">{formatPeriod(o.period)}</th>
                  <td>{formatStatistic(o.statistic)}</td>
                  <td className="num">
                    <SourceLink sourceId={o.sourceId}>
                      {formatQualified(o.value, o.unit, o.qualifier)}
                    </SourceLink>
                  </td>
                  <td className="num">
                    {g?.computedPct != null && g.prior ? (
                      <span
                        title={`against ${formatPeriod(g.prior.period)}: ${formatUsdBn(g.prior.value)}`}
                      >
                        {formatPct(g.computedPct, { sign: true })}{' '}
                        <span className="muted">on {formatPeriod(g.prior.period)}</span>
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="num">
                    {o.statedGrowth ? formatStatedGrowth(o.statedGrowth) : '—'}
                  </td>
                  <td>{o.reportedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="mirror">
        <h2 id="mirror">Mirror statistics: China’s figures against Kazakhstan’s</h2>
        <p className="lede">
          The same trade, counted by each side, for the years both report. The gap is Chinese minus
          Kazakh, also as a percentage of the Kazakh figure. {PRECEDENCE_RULE}{' '}
          <Link href="/sources/conflicts">Where sources disagree</Link>.
        </p>
        <ChartFigure spec={mirrorGapSpec(d, { events })} />
        <div className="table-scroll">
          <table data-testid="mirror-table">
            <caption>Years with both a Chinese and a Kazakh figure</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col" className="num">
                  Chinese figure
                </th>
                <th scope="col" className="num">
                  Kazakh figure
                </th>
                <th scope="col" className="num">
                  Gap, US$ bn
                </th>
                <th scope="col" className="num">
                  Gap, % of Kazakh
                </th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((g) => (
                <tr key={g.year} data-year={g.year}>
                  <th scope="row">{g.year}</th>
                  <td className="num">
                    <SourceLink sourceId={g.cn.sourceId}>
                      {formatQualified(g.cn.value, g.cn.unit, g.cn.qualifier)}
                    </SourceLink>{' '}
                    <span className="muted">({formatStatistic(g.cn.statistic)})</span>
                  </td>
                  <td className="num">
                    <SourceLink sourceId={g.kz.sourceId}>
                      {formatQualified(g.kz.value, g.kz.unit, g.kz.qualifier)}
                    </SourceLink>{' '}
                    <span className="muted">({formatStatistic(g.kz.statistic)})</span>
                  </td>
                  <td className="num">
                    {gapBound(g.cn.qualifier, g.kz.qualifier)}
                    {formatUsdBnDifference(g.gapAbsolute, [g.cn.value, g.kz.value])}
                  </td>
                  <td className="num">
                    {gapBound(g.cn.qualifier, g.kz.qualifier)}
                    {formatPct(g.gapPctOfKz, { sign: true })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="partial-years">
        <h2 id="partial-years">Partial-year figures</h2>
        <p className="lede">
          Figures for part of a year (Jan–Apr, a quarter, a half, nine months…): never charted as
          annual values. Each is set against the same period a year earlier, when the same side
          reports it, and against the level its stated rate implies (derived).
        </p>
        <div className="table-scroll">
          <table data-testid="partial-table">
            <caption>{partial.length} partial-year trade figures (US$ bn)</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Whose statistics</th>
                <th scope="col" className="num">
                  Turnover
                </th>
                <th scope="col" className="num">
                  Growth stated
                </th>
                <th scope="col">Same period a year earlier</th>
                <th scope="col">Level the stated rate implies (derived)</th>
              </tr>
            </thead>
            <tbody>
              {partial.map((r) => {
                const o = r.observation;
                return (
                  <tr key={o.id} data-row-id={o.id}>
                    <th scope="row">{formatPeriod(o.period)}</th>
                    <td>{formatStatistic(o.statistic)}</td>
                    <td className="num">
                      <SourceLink sourceId={o.sourceId}>
                        {formatQualified(o.value, o.unit, o.qualifier)}
                      </SourceLink>
                    </td>
                    <td className="num">
                      {o.statedGrowth ? formatStatedGrowth(o.statedGrowth) : '—'}
                    </td>
                    <td>
                      {r.previous ? (
                        <>
                          {r.previousLabel}:{' '}
                          <SourceLink sourceId={r.previous.sourceId}>
                            {formatQualified(
                              r.previous.value,
                              r.previous.unit,
                              r.previous.qualifier,
                            )}
                          </SourceLink>{' '}
                          ({formatStatistic(r.previous.statistic)}), computed{' '}
                          {formatPct(r.computedPct, { sign: true })}
                        </>
                      ) : (
                        <span className="muted">{r.previousLabel}: no figure of this side</span>
                      )}
                    </td>
                    <td>
                      {r.implied ? (
                        <code className="formula">{r.implied.formula}</code>
                      ) : (
                        <span className="muted">no stated rate</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <h3 id="growth-only">Growth rates stated without a level</h3>
        <ul data-testid="growth-only">
          {(d.growthStatements ?? []).map((g) => (
            <li key={g.id} id={g.id}>
              {formatPeriod(g.period)}, {formatStatistic(g.statistic)}:{' '}
              <SourceLink sourceId={g.sourceId}>{formatStatedGrowth(g.statedGrowth)}</SourceLink>{' '}
              <span className="muted">
                ({g.reportedBy}; “{g.quote}”){g.note ? ` ${g.note}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="direction">
        <h2 id="direction">Trade by direction</h2>
        <p className="lede">
          Kazakhstan → China (Kazakh exports, China’s imports) and China → Kazakhstan (China’s
          exports, Kazakh imports), by whose statistics. Each side counts the same flow differently:
          China says it shipped more than Kazakhstan says it received.
        </p>
        <ChartFigure spec={tradeDirectionSpec(d, 'kz-to-cn', { events })} />
        <ChartFigure spec={tradeDirectionSpec(d, 'cn-to-kz', { events })} />
        <div className="table-scroll">
          <table data-testid="direction-table">
            <caption>Every figure by direction (US$ bn)</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Direction</th>
                <th scope="col">Whose statistics</th>
                <th scope="col" className="num">
                  Value
                </th>
                <th scope="col" className="num">
                  Growth stated
                </th>
                <th scope="col">Reported by</th>
              </tr>
            </thead>
            <tbody>
              {directionFigures.map((o) => (
                <tr key={o.id} id={o.id} data-row-id={o.id}>
                  <th scope="row">{formatPeriod(o.period)}</th>
                  <td>{formatSeries(o.series)}</td>
                  <td>{formatStatistic(o.statistic)}</td>
                  <td className="num">
                    <SourceLink sourceId={o.sourceId}>
                      {formatQualified(o.value, o.unit, o.qualifier)}
                    </SourceLink>
                  </td>
                  <td className="num">
                    {o.statedGrowth ? formatStatedGrowth(o.statedGrowth) : '—'}
                  </td>
                  <td>
                    {o.reportedBy}
                    {o.note && <small className="muted"> {o.note}</small>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3 id="balance">Kazakhstan’s balance with China</h3>
        <div className="table-scroll">
          <table data-testid="balance-table">
            <caption>Exports to China minus imports from China, by one side’s figures</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Whose statistics</th>
                <th scope="col" className="num">
                  Kazakhstan → China
                </th>
                <th scope="col" className="num">
                  China → Kazakhstan
                </th>
                <th scope="col" className="num">
                  Balance (computed)
                </th>
              </tr>
            </thead>
            <tbody>
              {balances.map((b) => (
                <tr key={`${b.year}-${b.side}`} data-year={b.year} data-side={b.side}>
                  <th scope="row">{b.year}</th>
                  <td>{sideName[b.side]}</td>
                  <td className="num">
                    <SourceLink sourceId={b.kzToCn.sourceId}>
                      {formatQualified(b.kzToCn.value, 'usd-bn', b.kzToCn.qualifier)}
                    </SourceLink>
                  </td>
                  <td className="num">
                    <SourceLink sourceId={b.cnToKz.sourceId}>
                      {formatQualified(b.cnToKz.value, 'usd-bn', b.cnToKz.qualifier)}
                    </SourceLink>
                  </td>
                  <td className="num">
                    {formatUsdBnDifference(b.balanceUsdBn, [b.kzToCn.value, b.cnToKz.value], {
                      sign: true,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3 id="direction-mirror">Mirror gap by direction</h3>
        <div className="table-scroll">
          <table data-testid="direction-mirror-table">
            <caption>The same direction, counted by each side: Chinese minus Kazakh</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Direction</th>
                <th scope="col" className="num">
                  China says
                </th>
                <th scope="col" className="num">
                  Kazakhstan says
                </th>
                <th scope="col" className="num">
                  Gap
                </th>
              </tr>
            </thead>
            <tbody>
              {directionGaps.map(({ label, g }) => (
                <tr key={`${label}-${g.year}`} data-year={g.year}>
                  <th scope="row">{g.year}</th>
                  <td>{label}</td>
                  <td className="num">
                    <SourceLink sourceId={g.cn.sourceId}>
                      {formatQualified(g.cn.value, 'usd-bn', g.cn.qualifier)}
                    </SourceLink>{' '}
                    <span className="muted">({formatStatistic(g.cn.statistic)})</span>
                  </td>
                  <td className="num">
                    <SourceLink sourceId={g.kz.sourceId}>
                      {formatQualified(g.kz.value, 'usd-bn', g.kz.qualifier)}
                    </SourceLink>{' '}
                    <span className="muted">({formatStatistic(g.kz.statistic)})</span>
                  </td>
                  <td className="num">
                    {gapBound(g.cn.qualifier, g.kz.qualifier)}
                    {formatUsdBnDifference(g.gapAbsolute, [g.cn.value, g.kz.value])} (
                    {formatPct(g.gapPctOfKz, { sign: true })})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3 id="products">What Kazakhstan sells China</h3>
        <div className="table-scroll">
          <table data-testid="products-table">
            <caption>Kazakhstan → China by product, as the sources name them (US$ bn)</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Product</th>
                <th scope="col">Whose statistics</th>
                <th scope="col" className="num">
                  Value
                </th>
                <th scope="col" className="num">
                  Growth stated
                </th>
              </tr>
            </thead>
            <tbody>
              {(d.products ?? []).map((p) => (
                <tr key={p.id} id={p.id} data-row-id={p.id}>
                  <th scope="row">{formatPeriod(p.period)}</th>
                  <td>{p.product}</td>
                  <td>{formatStatistic(p.statistic)}</td>
                  <td className="num">
                    <SourceLink sourceId={p.sourceId}>
                      {p.valueUsdBn === undefined
                        ? 'no level stated'
                        : formatQualified(p.valueUsdBn, 'usd-bn')}
                    </SourceLink>
                  </td>
                  <td className="num">
                    {p.statedGrowth ? formatStatedGrowth(p.statedGrowth) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="consistency">
        <h2 id="consistency">Do the stated growth rates match the levels?</h2>
        <p className="lede">{CONSISTENCY_RULE}</p>
        <div className="table-scroll">
          <table data-testid="consistency-table">
            <caption>Each stated growth rate against the growth computed from our levels</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Whose statistics</th>
                <th scope="col" className="num">
                  Stated
                </th>
                <th scope="col">Levels compared</th>
                <th scope="col" className="num">
                  Computed
                </th>
                <th scope="col" className="num">
                  Difference
                </th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {checks.map((r) => {
                const o = r.observation;
                const more = o.statedGrowth?.qualifier === 'more-than' ? 'more than ' : '';
                return (
                  <tr key={o.id} data-row-id={o.id}>
                    <th scope="row">{formatPeriod(o.period)}</th>
                    <td>{formatStatistic(o.statistic)}</td>
                    <td className="num">
                      <SourceLink sourceId={o.sourceId}>
                        {more}
                        {formatPct(r.statedPct, { sign: true })}
                      </SourceLink>
                    </td>
                    <td>
                      {r.prior ? (
                        <>
                          {formatUsdBn(o.value)} ({formatPeriod(o.period)}) against{' '}
                          <SourceLink sourceId={r.prior.sourceId}>
                            {formatUsdBn(r.prior.value)}
                          </SourceLink>{' '}
                          ({formatPeriod(r.prior.period)}, {formatStatistic(r.prior.statistic)})
                        </>
                      ) : (
                        <span className="muted">
                          No earlier figure of the same side’s statistics
                        </span>
                      )}
                    </td>
                    <td className="num">{formatPct(r.computedPct, { sign: true })}</td>
                    <td className="num">{formatPp(r.check?.differencePp ?? null)}</td>
                    <td data-testid="verdict">
                      {r.check?.consistent === true
                        ? 'consistent'
                        : r.check?.consistent === false
                          ? 'inconsistent'
                          : 'cannot check'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="events">
        <h2 id="events">Dated events marked on the trade charts</h2>
        <p className="lede">
          The trade charts mark trade events, each chart numbering those on its axis in the list
          under it; <Link href="/events">every dated event</Link> is on the timeline.
        </p>
        <ul className="events-list">
          {datedEvents(d)
            .filter((e) => (TRADE_EVENT_CATEGORIES as readonly string[]).includes(e.category))
            .map((e) => (
              <li key={e.id} id={e.id}>
                {formatEventDates(e)}: {e.title}{' '}
                <span className="muted">
                  (
                  {e.sourceIds.map((s, i) => (
                    <span key={s}>
                      {i > 0 && ', '}
                      <SourceLink sourceId={s}>source</SourceLink>
                    </span>
                  ))}
                  )
                </span>
              </li>
            ))}
        </ul>
      </section>
    </>
  );
}
