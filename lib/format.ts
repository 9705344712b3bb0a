/**
 * Display strings for values, rates and statistics. Negative numbers use a true minus sign
 * (U+2212); missing or non-finite values show as an em dash; grouping is en-US ("1,833").
 */
import type { Statistic, Unit } from '@/data/types';
import { decimalsOf } from './consistency';

const MISSING = '—';
const MINUS = '\u2212';
/** Decimals used when a value keeps its own precision: more than this is computation noise. */
const MAX_OWN_DECIMALS = 2;

const formatters = new Map<number, Intl.NumberFormat>();

/** `|x|` at exactly `decimals` places with en-US grouping, and the sign to put before it. */
function magnitude(x: number, decimals: number): { digits: string; sign: '' | '+' | typeof MINUS } {
  const d = Math.min(20, Math.max(0, Math.trunc(decimals)));
  let formatter = formatters.get(d);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: d,
      maximumFractionDigits: d,
    });
    formatters.set(d, formatter);
  }
  const digits = formatter.format(Math.abs(x));
  // A value that rounds to zero gets no sign: "0.0%", never "−0.0%".
  const isZero = !/[1-9]/.test(digits);
  return { digits, sign: isZero ? '' : x < 0 ? MINUS : '+' };
}

/** The value's own decimals, capped so computed values (6.8078…) do not show noise. */
function ownDecimals(x: number): number {
  return Math.min(decimalsOf(x), MAX_OWN_DECIMALS);
}

/**
 * US dollars in billions: "$8.36bn", "−$5.5bn". By default keeps the value's own decimals, at most
 * 2 (17.5 → "$17.5bn", 6.8078 → "$6.81bn"); `decimals` forces a count (0–20). Null or
 * non-finite → "—". With `sign: true` a positive amount gets a plus ("+$5.5bn", a variance).
 *
 * @example formatUsdBn(8.36) // "$8.36bn" (2006 trade)
 */
export function formatUsdBn(
  x: number | null,
  opts?: { decimals?: number; sign?: boolean },
): string {
  if (x === null || !Number.isFinite(x)) return MISSING;
  const { digits, sign } = magnitude(x, opts?.decimals ?? ownDecimals(x));
  return `${sign === '+' && !opts?.sign ? '' : sign}$${digits}bn`;
}

/**
 * A percentage, 1 decimal by default: "22.8%", "−8.4%", "0.0%". With `sign: true` a positive rate
 * gets a plus ("+22.8%"); zero never gets a sign. Null or non-finite → "—".
 *
 * @example formatPct(22.8, { sign: true }) // "+22.8%" (2006 growth)
 */
export function formatPct(x: number | null, opts?: { sign?: boolean; decimals?: number }): string {
  if (x === null || !Number.isFinite(x)) return MISSING;
  const { digits, sign } = magnitude(x, opts?.decimals ?? 1);
  return `${sign === '+' && !opts?.sign ? '' : sign}${digits}%`;
}

/**
 * A difference in percentage points, always signed, 1 decimal by default: "−0.9 pp", "+0.1 pp",
 * "0.0 pp". Null or non-finite → "—".
 *
 * @example formatPp(-0.928) // "−0.9 pp" (2007: computed 65.07% vs stated 66%)
 */
export function formatPp(x: number | null, opts?: { decimals?: number }): string {
  if (x === null || !Number.isFinite(x)) return MISSING;
  const { digits, sign } = magnitude(x, opts?.decimals ?? 1);
  return `${sign}${digits} pp`;
}

const UNIT_SUFFIX = {
  mt: 'Mt',
  'mt-per-year': 'Mt/yr',
  'bcm-per-year': 'bcm/yr',
  km: 'km',
} as const satisfies Record<Exclude<Unit, 'usd-bn'>, string>;

/**
 * A value with its unit, keeping its own decimals (at most 2): usd-bn as `formatUsdBn`, otherwise
 * "7.73 Mt", "20 Mt/yr", "55 bcm/yr", "1,833 km". Null or non-finite → "—".
 *
 * @example formatValue(1833, 'km') // "1,833 km" (Central Asia–China gas pipeline)
 */
export function formatValue(x: number | null, unit: Unit): string {
  if (unit === 'usd-bn') return formatUsdBn(x);
  if (x === null || !Number.isFinite(x)) return MISSING;
  const { digits, sign } = magnitude(x, ownDecimals(x));
  return `${sign === MINUS ? MINUS : ''}${digits} ${UNIT_SUFFIX[unit]}`;
}

const STATISTIC_LABEL = {
  'cn-customs': 'Chinese customs',
  'cn-official': 'Chinese officials',
  'kz-stat': 'Kazakh statistics',
  'kz-official': 'Kazakh officials',
  unstated: 'Unstated',
} as const satisfies Record<Statistic, string>;

const STATISTIC_SIDE = {
  'cn-customs': 'CN',
  'cn-official': 'CN',
  'kz-stat': 'KZ',
  'kz-official': 'KZ',
  unstated: 'unstated',
} as const satisfies Record<Statistic, 'CN' | 'KZ' | 'unstated'>;

/**
 * Whose statistics, as a label: "Chinese customs", "Chinese officials", "Kazakh statistics",
 * "Kazakh officials", "Unstated".
 *
 * @example formatStatistic('kz-stat') // "Kazakh statistics" (2009: $9.4bn)
 */
export function formatStatistic(s: Statistic): string {
  return STATISTIC_LABEL[s];
}

/**
 * Which side's statistics a figure belongs to, for keeping CN and KZ series apart.
 *
 * @example statisticSide('cn-customs') // "CN" (2024: $43.82bn)
 */
export function statisticSide(s: Statistic): 'CN' | 'KZ' | 'unstated' {
  return STATISTIC_SIDE[s];
}
