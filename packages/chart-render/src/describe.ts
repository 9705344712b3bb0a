import { formatValue } from './format';
import type { ChartSpec } from './spec';

/**
 * One sentence naming each series, its kind and mark, and its first and last values, with the
 * gaps a reader would otherwise read across.
 *
 * @example summarise(tradeTrend) // → "Shows 2000–2024: Chinese statistics (reported bars, $1.56bn in 2000 to …)."
 */
export function summarise(spec: ChartSpec): string {
  const { categories } = spec;
  if (spec.series.length === 0 || categories.length === 0) return 'The chart has no data.';
  const span =
    categories.length === 1
      ? categories[0]
      : `${categories[0]}–${categories[categories.length - 1]}`;
  const parts = spec.series.map((s) => {
    const present = categories.flatMap((c, i) => {
      const v = s.values[i];
      return typeof v === 'number' && Number.isFinite(v) ? [{ v, c, i }] : [];
    });
    const what = `${s.name}${s.statisticLabel && s.statisticLabel !== s.name ? `, ${s.statisticLabel}` : ''} (${s.kind} ${s.mark}s`;
    const first = present[0];
    const last = present[present.length - 1];
    if (first === undefined || last === undefined) return `${what}, no values)`;
    const f = (v: number) => formatValue(v, spec.valueFormat);
    if (first === last) return `${what}, ${f(first.v)} in ${first.c})`;
    const gaps = categories.slice(first.i, last.i + 1).filter((_, k) => {
      const v = s.values[first.i + k];
      return !(typeof v === 'number' && Number.isFinite(v));
    });
    const gapText =
      gaps.length === 0
        ? ''
        : gaps.length <= 3
          ? `, no value for ${gaps.join(', ')}`
          : `, no value for ${gaps.length} periods`;
    return `${what}, ${f(first.v)} in ${first.c} to ${f(last.v)} in ${last.c}${gapText})`;
  });
  const period = spec.period ? ` The period ${spec.period.label} is shaded.` : '';
  const notes = (spec.annotations ?? []).map((a) => ` ${a.description}`).join('');
  return `Shows ${span}: ${parts.join('; ')}.${period}${notes}`;
}

/**
 * The `<desc>` text: the subtitle as a sentence, then the summary.
 *
 * @example describe({ ...spec, subtitle: 'US$ bn' }) // → "US$ bn. Shows 2000–2024: …"
 */
export function describe(spec: ChartSpec): string {
  const subtitle = spec.subtitle.trim();
  if (subtitle === '') return summarise(spec);
  return `${subtitle}${/[.!?…]$/.test(subtitle) ? '' : '.'} ${summarise(spec)}`;
}
