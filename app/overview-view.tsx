import { ChartFigure } from '@/components/charts/chart-figure';
import { DerivedFigures } from '@/components/derived-figures';
import { HeadlineCards } from '@/components/headline-cards';
import { MetricsTable } from '@/components/metrics-table';
import { growthRatesSpec } from '@/lib/charts/growth-rates';
import { tradeTrendSpec } from '@/lib/charts/trade-trend';
import { getDataset } from '@/lib/datasets';
import { deriveSeedFigures, getHeadline } from '@/lib/derived';
import { applyTableQuery, metricRows, parseTableQuery } from '@/lib/metrics-table';

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const d = getDataset();
  const derived = deriveSeedFigures(d);
  const { query, errors } = parseTableQuery(await searchParams);
  const allRows = metricRows(d, derived);
  const rows = applyTableQuery(allRows, query);
  return (
    <>
      <h1>{d.title}</h1>
      <p className="lede">
        Bilateral trade turnover from 2000 to 2024, what leaders projected, and what happened. The
        core figures come from CACI Analyst (5 Sep 2007); every other figure names its source and
        whose statistics it is.
      </p>
      <HeadlineCards headline={getHeadline(d)} />
      <ChartFigure spec={tradeTrendSpec(d)} />
      <section aria-labelledby="derived-heading">
        <h2 id="derived-heading">What the 2007 figures imply</h2>
        <p className="lede">
          Computed from the seed article’s levels and stated growth rates; each shows its formula.
        </p>
        <DerivedFigures figures={derived} />
      </section>
      <ChartFigure spec={growthRatesSpec(d)} />
      <section aria-labelledby="metrics">
        <h2 id="metrics">Every figure</h2>
        <MetricsTable
          rows={rows}
          total={allRows.length}
          query={query}
          errors={errors}
          basePath="/"
        />
      </section>
    </>
  );
}
