import { kindKey, keyGlyphSvg, type ChartSpec } from 'chart-render';

/**
 * The kind key in HTML: only what the chart's direct labels can't say (how a reported figure,
 * a derived estimate and a target are drawn), each glyph drawn by the chart engine itself.
 */
export function ChartKey({ spec }: { spec: ChartSpec }) {
  const key = kindKey(spec);
  if (key.length === 0) return null;
  return (
    <ul className="chart-key" aria-label="How figures are drawn">
      {key.map((k) => (
        <li key={k.kind} data-kind={k.kind}>
          <span className="chart-key-glyph" dangerouslySetInnerHTML={{ __html: keyGlyphSvg(k) }} />
          {k.text}
        </li>
      ))}
    </ul>
  );
}
