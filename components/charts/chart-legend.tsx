import type { ChartSpec } from '@/lib/charts/spec';

const kindText = {
  reported: 'reported',
  'half-year': 'half-year, reported',
  projection: 'projection or target',
  estimate: 'derived estimate',
} as const;

/** The chart's legend in HTML, each swatch drawn with the same encoding as its marks. */
export function ChartLegend({ spec }: { spec: ChartSpec }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {spec.series.map((s) => (
        <li key={s.id}>
          <span
            className={`swatch swatch-${s.mark === 'bar' ? 'bar' : 'point'} swatch-${s.kind}`}
            style={{ ['--swatch' as string]: s.color }}
            aria-hidden="true"
          />
          {s.name} <span className="legend-kind">({kindText[s.kind]})</span>
        </li>
      ))}
    </ul>
  );
}
