import Link from 'next/link';
import type { ChartSpec } from '@/lib/charts/spec';
import { ChartDataTable } from './chart-data-table';
import { ChartLegend } from './chart-legend';
import { cachedChartSvg } from './chart-svg-cache';

/** Page charts render at this size and scale down with the column (the SVG has a viewBox). */
const PAGE_SIZE = { width: 960, height: 440 };

/**
 * A chart on a page: title, subtitle, the Recharts SVG rendered on the server (no client JS),
 * its legend and event key, the source line, and the data as a table for screen readers and
 * for anyone who wants the numbers.
 */
export function ChartFigure({
  spec,
  headingLevel = 2,
  standalone = false,
}: {
  spec: ChartSpec;
  headingLevel?: 1 | 2 | 3;
  /** On the chart's own page, which lists the sources and exports in full below the figure. */
  standalone?: boolean;
}) {
  const Heading = (['h1', 'h2', 'h3'] as const)[headingLevel - 1]!;
  const svg = cachedChartSvg(spec, { ...PAGE_SIZE, theme: 'light' });
  return (
    <figure className="chart" data-testid={`chart-${spec.id}`} aria-labelledby={`${spec.id}-title`}>
      <Heading id={`${spec.id}-title`} className="chart-title">
        {spec.title}
      </Heading>
      <p className="chart-subtitle">{spec.subtitle}</p>
      <ChartLegend spec={spec} />
      <div className="chart-svg" dangerouslySetInnerHTML={{ __html: svg }} />
      {spec.annotations.length > 0 && (
        <ul className="chart-events" aria-label="Events marked on the time axis">
          {spec.annotations.map((a) => (
            <li key={a.category}>{a.text}</li>
          ))}
        </ul>
      )}
      {spec.notes.length > 0 && (
        <ul className="chart-notes">
          {spec.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <figcaption className="source-line" data-testid="source-line">
        {spec.sourceLine}.
        {!standalone && (
          <details className="chart-sources">
            <summary>
              {spec.sources.length} {spec.sources.length === 1 ? 'source' : 'sources'} with quotes
            </summary>
            <ul>
              {spec.sources.map((s) => (
                <li key={s.id}>
                  <Link href={`/sources#${s.id}`}>{s.publisher}</Link>: {s.title}
                </li>
              ))}
            </ul>
          </details>
        )}
      </figcaption>
      <ChartDataTable spec={spec} />
      {!standalone && (
        <p className="chart-links">
          <Link href={`/charts/${spec.id}`}>Export this chart</Link>
        </p>
      )}
    </figure>
  );
}
