import type { ValueFormat } from './spec';

const MINUS = '\u2212';

/** At most this many decimals of each format reach a reader; more is computation noise. */
export const DISPLAY_DECIMALS: Readonly<Record<ValueFormat, number>> = {
  'usd-bn': 2,
  pct: 1,
  mt: 2,
  'mt-per-year': 2,
  bcm: 2,
  'bcm-per-year': 2,
};

/** The unit written after a number ("$…bn" is written around it). */
const SUFFIX: Readonly<Record<Exclude<ValueFormat, 'usd-bn' | 'pct'>, string>> = {
  mt: ' Mt',
  'mt-per-year': ' Mt/yr',
  bcm: ' bcm',
  'bcm-per-year': ' bcm/yr',
};

/**
 * Digits after the decimal point in JavaScript's shortest form of `x`, at most `cap`.
 *
 * @example ownDecimals(8.36, 2) // → 2; ownDecimals(6.807817589576547, 2) // → 2; ownDecimals(17.5, 2) // → 1
 */
export function ownDecimals(x: number, cap: number): number {
  if (!Number.isFinite(x)) return 0;
  const [mantissa = '', exponent = '0'] = Math.abs(x).toString().split('e');
  const digits = Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
  return Math.min(digits, cap);
}

/**
 * A value rounded to what a reader is shown: the number written into PPTX caches, sheets and
 * CSV cells, free of binary noise.
 *
 * @example roundForDisplay(5.969999999999999, 'usd-bn') // → 5.97
 * @example roundForDisplay(6.807817589576547, 'usd-bn') // → 6.81
 */
export function roundForDisplay(value: number, format: ValueFormat): number {
  return Number(value.toFixed(DISPLAY_DECIMALS[format]));
}

/** `|x|` at `decimals` places with en-US grouping and trailing zeros dropped. */
function digitsOf(x: number, decimals: number): string {
  const [int = '0', frac] = Number(Math.abs(x).toFixed(decimals)).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

export interface FormatOptions {
  /** Exactly this many decimals at most (trailing zeros dropped); default: the value's own, capped. */
  decimals?: number;
  /** Write "+" before a positive value; default true for pct (a change), false otherwise. */
  sign?: boolean;
}

/**
 * Formats a value in a chart's unit; the one formatter of every chart surface (axis ticks,
 * labels, details, kind key, PPTX data labels). Negatives use a true minus (U+2212); a value
 * that rounds to zero has no sign. Non-finite → "—".
 *
 * @example formatValue(8.36, 'usd-bn') // → "$8.36bn"
 * @example formatValue(-46.3, 'pct') // → "−46.3%"
 * @example formatValue(5.5, 'usd-bn', { sign: true }) // → "+$5.5bn"
 * @example formatValue(1833, 'mt') // → "1,833 Mt"
 */
export function formatValue(value: number, format: ValueFormat, opts: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return '—';
  const decimals = opts.decimals ?? ownDecimals(value, DISPLAY_DECIMALS[format]);
  const digits = digitsOf(value, Math.max(0, Math.min(20, decimals)));
  const zero = !/[1-9]/.test(digits);
  const signed = opts.sign ?? format === 'pct';
  const sign = zero ? '' : value < 0 ? MINUS : signed ? '+' : '';
  switch (format) {
    case 'usd-bn':
      return `${sign}$${digits}bn`;
    case 'pct':
      return `${sign}${digits}%`;
    default:
      return `${sign}${digits}${SUFFIX[format]}`;
  }
}

/**
 * The label of an axis tick: as many decimals as the tick step needs, so every tick has the same
 * precision ("$2.5bn", "$5bn", "$7.5bn").
 *
 * @example formatTick(7.5, 'usd-bn', 2.5) // → "$7.5bn"
 * @example formatTick(0, 'pct', 20) // → "0%"
 */
export function formatTick(value: number, format: ValueFormat, step: number): string {
  return formatValue(value, format, { decimals: ownDecimals(step, 4) });
}
