import { ChartFigure } from '@/components/charts/chart-figure';
import { EventsToggle } from '@/components/events-toggle';
import { ParamErrors } from '@/components/param-errors';
import { SourceLink } from '@/components/source-link';
import { mirrorGapSpec } from '@/lib/charts/mirror-gap';
import { datedEvents, formatEventDates } from '@/lib/charts/events';
import { tradeSeriesSpec } from '@/lib/charts/trade-series';
import { CONSISTENCY_RULE } from '@/lib/consistency';
import { getDataset } from '@/lib/datasets';
import { formatPct, formatPp, formatStatistic, formatUsdBn } from '@/lib/format';
import { formatUsdBnDifference } from '@/lib/format-difference';
import { mirrorGaps } from '@/lib/mirror';
import { eventsParam, pageHref, parseEventsParam, type SearchParams } from '@/lib/page-params';
import { formatPeriod } from '@/lib/periods';
import { seriesWithGrowth, statedGrowthChecks } from '@/lib/series-growth';

export const metadata = { title: 'Trade turnover in full' };

export default async function TradePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const d = getDataset();
  const { events, errors } = parseEventsParam(await searchParams);
  const series = seriesWithGrowth(d);
  const gaps = mirrorGaps(d);
  const checks = statedGrowthChecks(d);
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
              {series.length} trade figures (US$ bn). Growth is computed only against the same
              side’s figure for the year before (or the same half a year earlier).
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
                    <SourceLink sourceId={o.sourceId}>{formatUsdBn(o.value)}</SourceLink>
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
                    {o.statedGrowth
                      ? `${o.statedGrowth.qualifier === 'more-than' ? 'more than ' : ''}${formatPct(o.statedGrowth.pct, { sign: true })}`
                      : '—'}
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
          Kazakh, also as a percentage of the Kazakh figure.
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
                    <SourceLink sourceId={g.cn.sourceId}>{formatUsdBn(g.cn.value)}</SourceLink>{' '}
                    <span className="muted">({formatStatistic(g.cn.statistic)})</span>
                  </td>
                  <td className="num">
                    <SourceLink sourceId={g.kz.sourceId}>{formatUsdBn(g.kz.value)}</SourceLink>{' '}
                    <span className="muted">({formatStatistic(g.kz.statistic)})</span>
                  </td>
                  <td className="num">
                    {formatUsdBnDifference(g.gapAbsolute, [g.cn.value, g.kz.value])}
                  </td>
                  <td className="num">{formatPct(g.gapPctOfKz, { sign: true })}</td>
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
        <h2 id="events">Dated events</h2>
        <p className="muted">Each chart numbers the events it marks in the list under it.</p>
        <ul className="events-list">
          {datedEvents(d).map((e) => (
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
