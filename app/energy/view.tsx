import Link from 'next/link';
import { ChartFigure } from '@/components/charts/chart-figure';
import { EventsToggle } from '@/components/events-toggle';
import { ParamErrors } from '@/components/param-errors';
import { SourceLink } from '@/components/source-link';
import type { Dataset, SeriesId } from '@/data/types';
import { crudeShippedSpec } from '@/lib/charts/crude-shipped';
import { oilFlowsSpec } from '@/lib/charts/oil-flows';
import { pipelineCapacitySpec } from '@/lib/charts/pipeline-capacity';
import { getDataset } from '@/lib/datasets';
import { crudeShipped, gasFactsInOrder, sectionsInService } from '@/lib/energy';
import { cumulativeChecks } from '@/lib/cumulative';
import { formatQualified, formatStatedGrowth, formatStatistic, formatValue } from '@/lib/format';
import { eventsParam, pageHref, parseEventsParam, type SearchParams } from '@/lib/page-params';
import { formatPartialDate, formatPeriod } from '@/lib/periods';
import { observationsOf, sourceOf } from '@/lib/select';
import { formatSeries } from '@/lib/series-names';

export const metadata = { title: 'Energy: pipelines and crude oil' };

export default async function EnergyPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const d = getDataset();
  const { events, errors } = parseEventsParam(await searchParams);
  const sections = sectionsInService(d);
  const crude = crudeShipped(d);
  const gas = gasFactsInOrder(d);
  const checks = cumulativeChecks(d);
  return (
    <>
      <h1>Energy: the oil pipeline, crude shipped and the gas pipeline</h1>
      <p className="lede">
        The sections of the Kazakhstan–China oil pipeline, the crude oil shipped through it to
        China, and the Central Asia–China gas pipeline, each figure with its source.
      </p>
      <ParamErrors errors={errors} />
      <EventsToggle events={events} href={pageHref('/energy', { events: eventsParam(!events) })} />

      <section aria-labelledby="pipelines">
        <h2 id="pipelines">Oil pipeline sections</h2>
        <div className="table-scroll">
          <table data-testid="pipeline-table">
            <caption>Sections of the Kazakhstan–China oil pipeline</caption>
            <thead>
              <tr>
                <th scope="col">Section</th>
                <th scope="col" className="num">
                  Length
                </th>
                <th scope="col" className="num">
                  Initial capacity
                </th>
                <th scope="col" className="num">
                  Design capacity
                </th>
                <th scope="col">Milestones</th>
                <th scope="col">In service</th>
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              {sections.map(({ section: p, inService }) => (
                <tr key={p.id} id={p.id} data-row-id={p.id}>
                  <th scope="row">{p.name}</th>
                  <td className="num">
                    {formatValue(p.lengthKm, 'km')}
                    {p.altLengthKm !== undefined && (
                      <span className="muted">
                        {' '}
                        (other sources: {formatValue(p.altLengthKm, 'km')})
                      </span>
                    )}
                  </td>
                  <td className="num">{formatValue(p.initialCapacityMtPerYear, 'mt-per-year')}</td>
                  <td className="num">{formatValue(p.designCapacityMtPerYear, 'mt-per-year')}</td>
                  <td>
                    <ul className="plain-list">
                      {p.milestones.map((m) => (
                        <li key={`${m.date}-${m.what}`}>
                          {formatPartialDate(m.date)}: {m.what}
                        </li>
                      ))}
                    </ul>
                    {p.note && <small className="muted">{p.note}</small>}
                  </td>
                  <td>{inService ? formatPartialDate(inService.date) : 'not known'}</td>
                  <td>
                    {p.sourceIds.map((s, i) => (
                      <span key={s}>
                        {i > 0 && ', '}
                        <SourceLink sourceId={s}>{sourceOf(d, s).publisher}</SourceLink>
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ChartFigure spec={pipelineCapacitySpec(d, { events })} />
      </section>

      <section aria-labelledby="crude">
        <h2 id="crude">Crude oil shipped to China through the pipeline</h2>
        <ChartFigure spec={crudeShippedSpec(d, { events })} />
        <div className="table-scroll">
          <table data-testid="crude-table">
            <caption>
              Every figure, annual and partial-year; the chart draws one per year and no figure was
              found for {crude.missingYears.join(', ')}.
            </caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col" className="num">
                  Crude shipped
                </th>
                <th scope="col" className="num">
                  Growth stated
                </th>
                <th scope="col">Reported by</th>
              </tr>
            </thead>
            <tbody>
              {crude.allObservations.map((o) => (
                <tr key={o.id} id={o.id} data-row-id={o.id}>
                  <th scope="row">{formatPeriod(o.period)}</th>
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
      </section>

      <section aria-labelledby="oil-flows">
        <h2 id="oil-flows">Oil to China: three flows, never one</h2>
        <p className="lede">
          What the Kazakhstan–China pipeline carries, what Kazakhstan exports to China by every
          route, and the Russian oil in transit through Kazakhstan are different measures. Since
          2014 the line has also carried Russian oil, so its throughput is not Kazakh exports.
        </p>
        <ChartFigure spec={oilFlowsSpec(d, { events })} />
        <FlowTable
          d={d}
          series={OTHER_OIL_SERIES}
          testId="oil-flows-table"
          caption="Kazakh exports, Alataw Pass imports and Russian transit: every figure"
        />
      </section>

      <section aria-labelledby="gas">
        <h2 id="gas">Central Asia–China gas pipeline</h2>
        <p className="lede">
          Turkmenistan–Uzbekistan–Kazakhstan–China. Dated facts first, in date order, including the
          Kazakhstan–China intergovernmental agreement signed in Astana.
        </p>
        <div className="table-scroll">
          <table data-testid="gas-table">
            <caption>
              Gas pipeline lines, capacities, lengths and the intergovernmental agreement
            </caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Date</th>
                <th scope="col" className="num">
                  Figure
                </th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {gas.map((g) => (
                <tr key={g.id} id={g.id} data-row-id={g.id}>
                  <th scope="row">{g.what}</th>
                  <td>{g.date ? formatPartialDate(g.date) : '—'}</td>
                  <td className="num">
                    {g.value !== undefined && g.unit ? (
                      <SourceLink sourceId={g.sourceId}>{formatValue(g.value, g.unit)}</SourceLink>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    <SourceLink sourceId={g.sourceId}>
                      {sourceOf(d, g.sourceId).publisher}
                    </SourceLink>
                    {g.quote && <q className="muted"> {g.quote}</q>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <FlowTable
          d={d}
          series={GAS_SERIES}
          testId="gas-flows-table"
          caption="Gas through the Central Asia–China pipeline and Kazakh gas exports: every figure (bcm)"
        />
      </section>

      <section aria-labelledby="running-totals">
        <h2 id="running-totals">Running totals and what they check</h2>
        <p className="lede">
          Totals “since the line opened” or “to a date”, as the sources state them. Each is checked
          against the flows between two dates;{' '}
          <Link href="/sources/conflicts#cumulative">every check and its verdict</Link>:{' '}
          {checks.filter((c) => c.agree).length} agree, {checks.filter((c) => !c.agree).length}{' '}
          disagree.
        </p>
        <div className="table-scroll">
          <table data-testid="cumulative-checkpoints">
            <caption>Running totals</caption>
            <thead>
              <tr>
                <th scope="col">Series</th>
                <th scope="col">To</th>
                <th scope="col" className="num">
                  Total
                </th>
                <th scope="col">Reported by</th>
              </tr>
            </thead>
            <tbody>
              {(d.cumulative ?? []).map((c) => (
                <tr key={c.id} id={c.id} data-row-id={c.id}>
                  <th scope="row">{formatSeries(c.series)}</th>
                  <td>
                    {formatPartialDate(c.through)}
                    {c.since && (
                      <span className="muted"> (since {formatPartialDate(c.since)})</span>
                    )}
                  </td>
                  <td className="num">
                    <SourceLink sourceId={c.sourceId}>
                      {formatQualified(c.value, c.unit, c.qualifier)}
                    </SourceLink>
                  </td>
                  <td>
                    {c.reportedBy}
                    {c.note && <small className="muted"> {c.note}</small>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

const OTHER_OIL_SERIES: readonly SeriesId[] = [
  'crude-exports-kz-to-cn',
  'crude-via-alataw-pass',
  'russian-oil-transit-to-cn',
  'russian-oil-transit-to-cn-uz',
];
const GAS_SERIES: readonly SeriesId[] = ['gas-via-central-asia-pipeline', 'gas-exports-kz-to-cn'];

/** Every figure of the given series, annual and partial-year, series by series. */
function FlowTable({
  d,
  series,
  testId,
  caption,
}: {
  d: Dataset;
  series: readonly SeriesId[];
  testId: string;
  caption: string;
}) {
  return (
    <div className="table-scroll">
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Series</th>
            <th scope="col">Period</th>
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
          {series.flatMap((id) =>
            observationsOf(d, id).map((o) => (
              <tr key={o.id} id={o.id} data-row-id={o.id}>
                <th scope="row">{formatSeries(o.series)}</th>
                <td>{formatPeriod(o.period)}</td>
                <td>{formatStatistic(o.statistic)}</td>
                <td className="num">
                  <SourceLink sourceId={o.sourceId}>
                    {formatQualified(o.value, o.unit, o.qualifier)}
                  </SourceLink>
                </td>
                <td className="num">{o.statedGrowth ? formatStatedGrowth(o.statedGrowth) : '—'}</td>
                <td>
                  {o.reportedBy}
                  {o.note && <small className="muted"> {o.note}</small>}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
