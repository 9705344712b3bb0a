import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChartFigure } from '@/components/charts/chart-figure';
import { ExportPanel } from '@/components/charts/export-panel';
import { ChartOptionsForm } from '@/components/charts/chart-options-form';
import { ParamErrors } from '@/components/param-errors';
import { getChartSpec, getChartView, type ChartOptions } from '@/lib/charts/registry';
import { chartOptionsQuery, parseChartOptions } from '@/lib/export/chart-options';
import type { ParamError } from '@/lib/page-params';
import { getDataset } from '@/lib/datasets';
import { parseChartId } from '@/lib/export/chart-id';
import styles from '../charts.module.css';

export type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The query as URLSearchParams (repeated keys kept, so a repeat is reported, not dropped). */
function toQuery(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const value of Array.isArray(v) ? v : v === undefined ? [] : [v]) q.append(k, value);
  }
  return q;
}

async function chartFor(params: Props['params'], searchParams?: Props['searchParams']) {
  const id = parseChartId((await params).id);
  if (!id.ok) notFound();
  const d = getDataset();
  const parsed = parseChartOptions(toQuery((await searchParams) ?? {}), d);
  const view = parsed.ok ? getChartView(d, id.value, parsed.value) : parsed;
  // A view that cannot be drawn is reported and the dashboard's chart shown instead.
  const options: ChartOptions = parsed.ok && view.ok ? parsed.value : {};
  const errors: ParamError[] = view.ok ? [] : [view.error];
  const spec = view.ok ? view.value : getChartSpec(d, id.value);
  return { spec, base: getChartSpec(d, id.value), options, errors };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { spec } = await chartFor(params);
  return { title: spec.title, description: spec.subtitle };
}

export default async function ChartView({ params, searchParams }: Props) {
  const { spec, base, options, errors } = await chartFor(params, searchParams);
  const query = chartOptionsQuery(options);
  return (
    <>
      <p className="muted">
        <Link href="/charts">Charts</Link> /
      </p>
      <ParamErrors errors={errors} />
      <ChartFigure spec={spec} headingLevel={1} standalone />
      <ChartOptionsForm base={base} options={options} />

      <ExportPanel spec={spec} query={query} />

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <ol className={styles.sources} data-testid="chart-sources">
          {spec.sources.map((s) => (
            <li key={s.id}>
              {s.publisher}:{' '}
              <a href={s.url} rel="noopener noreferrer">
                {s.title}
              </a>{' '}
              <Link href={`/sources#${s.id}`} className="muted">
                (in the source list)
              </Link>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
