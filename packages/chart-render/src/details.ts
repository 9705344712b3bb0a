import { formatValue } from './format';
import type { ChartSpec } from './spec';

/**
 * What one mark says on hover and focus: period and value, then whose statistics, then the
 * value's note (who reported it, or the formula), one per line; null for a gap.
 *
 * @example markDetail(tradeTrend, 0, 6) // → "2006: $8.36bn\nChinese statistics\nChinese customs: …"
 */
export function markDetail(spec: ChartSpec, series: number, category: number): string | null {
  const s = spec.series[series];
  const v = s?.values[category];
  const c = spec.categories[category];
  if (s === undefined || c === undefined || typeof v !== 'number' || !Number.isFinite(v)) {
    return null;
  }
  const whose =
    s.statisticLabel && !s.name.includes(s.statisticLabel)
      ? `${s.name} · ${s.statisticLabel}`
      : s.name;
  const note = s.notes?.[category];
  return [`${c}: ${formatValue(v, spec.valueFormat)}`, whose, note].filter(Boolean).join('\n');
}
