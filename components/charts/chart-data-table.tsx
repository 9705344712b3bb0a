import { formatPct, formatUsdBn } from '@/lib/format';
import type { ChartSpec } from '@/lib/charts/spec';

function formatCell(spec: ChartSpec, v: number | null): string {
  if (v === null) return '';
  if (spec.valueFormat === 'pct') return formatPct(v, { sign: true });
  if (spec.valueFormat === 'usd-bn') return formatUsdBn(v);
  return String(v);
}

/** The chart's numbers as a table (the text alternative to the SVG); empty cells are gaps. */
export function ChartDataTable({ spec }: { spec: ChartSpec }) {
  const rows = spec.categories
    .map((c, i) => ({ c, i }))
    .filter(({ i }) => spec.series.some((s) => s.values[i] !== null));
  return (
    <details className="chart-data">
      <summary>Data table: {spec.title}</summary>
      <div className="table-scroll">
        <table data-testid={`chart-data-${spec.id}`}>
          <thead>
            <tr>
              <th scope="col">{spec.xLabel}</th>
              {spec.series.map((s) => (
                <th scope="col" key={s.id}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ c, i }) => (
              <tr key={c}>
                <th scope="row">{c}</th>
                {spec.series.map((s) => (
                  <td key={s.id} title={s.notes?.[i] ?? undefined}>
                    {formatCell(spec, s.values[i] ?? null)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
