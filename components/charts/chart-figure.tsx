import Link from 'next/link';
import type { ChartSpec } from 'chart-render';
import { ChartDataTable } from './chart-data-table';
import { ChartEvents } from './chart-events';
import { ChartKey } from './chart-key';
import { cachedChartSvg, cachedHeightForKey } from './chart-svg-cache';

/**
 * Page charts are drawn at the width of the desktop column, so 1 SVG px is 1 CSS px there and
 * the 13 px axis text is 13 px on screen.
 */
export const PAGE_CHART_SIZE = { width: 1068, height: 440 } as const;

/**
 * The phone layout (shown below 480 px by globals.css), drawn at the 288 px column of a 320 px
 * screen: 14 px text, so even the event badges (0.8 em) are 11.2 CSS px there; series named
 * under the axis, the drawing made taller where that key would outgrow the plot.
 */
export const PHONE_CHART_SIZE = { width: 288, height: 380, fontSize: 14 } as const;

/**
 * A chart on a page: title, subtitle, the kind key, the engine's SVG (direct labels on the plot,
 * no client JS), its event key, notes and source line, and the data as a table for screen
 * readers and for anyone who wants the numbers.
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
  const look = { theme: 'light', roleClasses: true, details: true } as const;
  const svg = cachedChartSvg(spec, { ...PAGE_CHART_SIZE, ...look });
  const phoneSvg = cachedChartSvg(spec, {
    ...PHONE_CHART_SIZE,
    height: cachedHeightForKey(spec, PHONE_CHART_SIZE),
    ...look,
    labels: 'below',
    idPrefix: `${spec.id}-phone`,
  });
  return (
    <figure className="chart" data-testid={`chart-${spec.id}`} aria-labelledby={`${spec.id}-title`}>
      {/* Title, key and drawing stay together on paper (print stylesheet). */}
      <div className="chart-main">
        <Heading id={`${spec.id}-title`} className="chart-title">
          {spec.title}
        </Heading>
        <p className="chart-subtitle">{spec.subtitle}</p>
        <ChartKey spec={spec} />
        <div className="chart-svg" data-chart-details={spec.title}>
          <div className="chart-wide" dangerouslySetInnerHTML={{ __html: svg }} />
          <div className="chart-phone" dangerouslySetInnerHTML={{ __html: phoneSvg }} />
        </div>
      </div>
      <ChartEvents spec={spec} />
      {spec.notes.length > 0 && (
        <ul className="chart-notes">
          {spec.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <figcaption className="source-line" data-testid="source-line">
        {spec.sourceLine}.{spec.credit && <span data-testid="chart-credit"> {spec.credit}.</span>}
        {!standalone && (
          <details className="chart-sources">
            <summary>
              {spec.sources.length} {spec.sources.length === 1 ? 'source' : 'sources'} with quotes
            </summary>
            <ul>
              {spec.sources.map((s) => (
                <li key={s.id} data-url={s.url}>
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
