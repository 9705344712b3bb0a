import { formatValue, keyGlyphSvg, type ChartSpec } from 'chart-render';

/**
 * The chart's numbers as a table (the text alternative to the SVG): one column per series, headed
 * by the series' glyph in its colour, empty cells for gaps; each cell's note (who said it, the
 * formula) in its title.
 */
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
                <th scope="col" key={s.id} data-kind={s.kind}>
                  <span
                    className="chart-key-glyph"
                    dangerouslySetInnerHTML={{ __html: keyGlyphSvg(s, { color: s.color }) }}
                  />
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ c, i }) => (
              <tr key={c}>
                <th scope="row">{c}</th>
                {spec.series.map((s) => {
                  const v = s.values[i] ?? null;
                  return (
                    <td key={s.id} title={s.notes?.[i] ?? undefined}>
                      {v === null ? '' : formatValue(v, spec.valueFormat)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
