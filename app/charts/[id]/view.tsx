import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ChartFigure } from '@/components/charts/chart-figure';
import { ExportPanel } from '@/components/charts/export-panel';
import { ChartOptionsForm } from '@/components/charts/chart-options-form';
import { ParamErrors } from '@/components/param-errors';
import { getChartSpec, getChartView, type ChartId, type ChartOptions } from '@/lib/charts/registry';
import { chartOptionsQuery, parseChartOptions } from '@/lib/export/chart-options';
import type { ParamError } from '@/lib/page-params';
import { getDataset } from '@/lib/datasets';
import { parseChartId } from '@/lib/export/chart-id';
import { DECK_LIMITS, deckUrls, readDeck } from '@/lib/export/deck';
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
  return { id: id.value, spec, base: getChartSpec(d, id.value), options, errors };
}

/**
 * "Add to deck": the deck builder with this view appended to the deck the reader came from (the
 * `deck` parameter, the deck's own query), or to a new deck; a bad or full deck starts anew.
 */
async function addToDeck(
  id: ChartId,
  options: ChartOptions,
  searchParams: Props['searchParams'],
): Promise<{ href: string; deckQuery?: string; charts: number }> {
  const d = getDataset();
  const raw = (await searchParams).deck;
  const read =
    typeof raw === 'string' && raw.length <= 20_000 ? readDeck(new URLSearchParams(raw), d) : null;
  const deck = read && read.errors.length === 0 ? read.deck : { charts: [] };
  const chart = { id, query: new URLSearchParams(chartOptionsQuery(options)).toString() };
  const charts = deck.charts.length >= DECK_LIMITS.charts ? deck.charts : [...deck.charts, chart];
  const deckQuery = read && read.errors.length === 0 ? (raw as string) : undefined;
  return { href: deckUrls({ ...deck, charts }).page, deckQuery, charts: deck.charts.length };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { spec } = await chartFor(params);
  return { title: spec.title, description: spec.subtitle };
}

export default async function ChartView({ params, searchParams }: Props) {
  const { id, spec, base, options, errors } = await chartFor(params, searchParams);
  const query = chartOptionsQuery(options);
  const deck = await addToDeck(id, options, searchParams);
  return (
    <>
      <p className="muted">
        <Link href="/charts">Charts</Link> /
      </p>
      <ParamErrors errors={errors} />
      <ChartFigure spec={spec} headingLevel={1} standalone />
      <ChartOptionsForm base={base} options={options} deck={deck.deckQuery} />

      <ExportPanel spec={spec} query={query} deck={deck} />

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
