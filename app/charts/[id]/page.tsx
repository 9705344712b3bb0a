import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChartFigure } from '@/components/charts/chart-figure';
import { ExportPanel } from '@/components/charts/export-panel';
import { chartIds, getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { parseChartId } from '@/lib/export/chart-id';
import styles from '../charts.module.css';

export const dynamicParams = false;
// The projections chart's statuses depend on the date.
export const revalidate = 86400;

export function generateStaticParams() {
  return chartIds.map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

async function specFor(params: Props['params']) {
  const id = parseChartId((await params).id);
  if (!id.ok) notFound();
  return getChartSpec(getDataset(), id.value);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const spec = await specFor(params);
  return { title: spec.title, description: spec.subtitle };
}

export default async function ChartPage({ params }: Props) {
  const spec = await specFor(params);
  return (
    <>
      <p className="muted">
        <Link href="/charts">Charts</Link> /
      </p>
      <ChartFigure spec={spec} headingLevel={1} standalone />

      <ExportPanel spec={spec} />

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
