/**
 * Display strings for values, rates and statistics. Negative numbers use a true minus sign
 * (U+2212); missing or non-finite values show as an em dash; grouping is en-US ("1,833").
 */
import type { Qualifier, StatedGrowth, Statistic, Unit } from '@/data/types';
import { decimalsOf } from './consistency';

const MISSING = '—';
const MINUS = '\u2212';
/** Decimals used when a value keeps its own precision: more than this is computation noise. */
const MAX_OWN_DECIMALS = 2;
/** Decimals a sourced figure may show: the most any source in the reference gives is 6. */
const MAX_SOURCED_DECIMALS = 6;

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
  bcm: 'bcm',
  'mt-per-year': 'Mt/yr',
  'bcm-per-year': 'bcm/yr',
  km: 'km',
} as const satisfies Record<Exclude<Unit, 'usd-bn'>, string>;

/**
 * A value with its unit, keeping its own decimals (at most 2): usd-bn as `formatUsdBn`, otherwise
 * "7.73 Mt", "38.7 bcm", "20 Mt/yr", "55 bcm/yr", "1,833 km"; `decimals` forces a count.
 * Null or non-finite → "—".
 *
 * @example formatValue(1833, 'km') // "1,833 km" (Central Asia–China gas pipeline)
 */
export function formatValue(x: number | null, unit: Unit, opts?: { decimals?: number }): string {
  if (unit === 'usd-bn') return formatUsdBn(x, opts);
  if (x === null || !Number.isFinite(x)) return MISSING;
  const { digits, sign } = magnitude(x, opts?.decimals ?? ownDecimals(x));
  return `${sign === MINUS ? MINUS : ''}${digits} ${UNIT_SUFFIX[unit]}`;
}

const STATISTIC_LABEL = {
  'cn-customs': 'Chinese customs',
  'cn-ministry': 'Chinese Ministry of Commerce',
  'cn-official': 'Chinese officials',
  'cn-media': 'Chinese media (statistic not named)',
  'kz-stat': 'Kazakh statistics',
  'kz-ministry': 'Kazakh ministry',
  'kz-official': 'Kazakh officials',
  'kz-media': 'Kazakh media (statistic not named)',
  unstated: 'Unstated',
} as const satisfies Record<Statistic, string>;

const STATISTIC_SIDE = {
  'cn-customs': 'CN',
  'cn-ministry': 'CN',
  'cn-official': 'CN',
  'cn-media': 'CN',
  'kz-stat': 'KZ',
  'kz-ministry': 'KZ',
  'kz-official': 'KZ',
  'kz-media': 'KZ',
  unstated: 'unstated',
} as const satisfies Record<Statistic, 'CN' | 'KZ' | 'unstated'>;

/** How authoritative a figure's statistic is, most first; `unstated` has no tier. */
export type StatisticTier = 'agency' | 'ministry' | 'official' | 'media' | 'unstated';

const STATISTIC_TIER = {
  'cn-customs': 'agency',
  'cn-ministry': 'ministry',
  'cn-official': 'official',
  'cn-media': 'media',
  'kz-stat': 'agency',
  'kz-ministry': 'ministry',
  'kz-official': 'official',
  'kz-media': 'media',
  unstated: 'unstated',
} as const satisfies Record<Statistic, StatisticTier>;

/**
 * Whose statistics, as a label: "Chinese customs", "Chinese Ministry of Commerce", "Chinese
 * officials", "Chinese media (statistic not named)", the same four for Kazakhstan, "Unstated".
 *
 * @example formatStatistic('kz-stat') // "Kazakh statistics" (2010: $20.3bn)
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

/**
 * The tier of a statistic: a statistics agency (customs, statistics bureau), a ministry, an
 * official, media, or unstated.
 *
 * @example statisticTier('cn-ministry') // "ministry" (MOFCOM's 2013 $28.6bn)
 */
export function statisticTier(s: Statistic): StatisticTier {
  return STATISTIC_TIER[s];
}

const QUALIFIER_MARK = {
  'more-than': '>',
  about: '≈',
  almost: 'almost ',
  nearly: 'nearly ',
} as const satisfies Record<Qualifier, string>;

const QUALIFIER_WORDS = {
  'more-than': 'more than',
  about: 'about',
  almost: 'almost',
  nearly: 'nearly',
} as const satisfies Record<Qualifier, string>;

/**
 * A figure with its unit and the word that bounds it, as the source wrote it: ">$20bn" (more
 * than), "≈31.5 bcm" (about), "almost $2bn", "nearly $14.5bn", with every decimal the source gave
 * (up to 6: "0.625783 Mt"). Null or non-finite → "—".
 *
 * @example formatQualified(14.5, 'usd-bn', 'nearly') // "nearly $14.5bn" (Tokayev on 2019)
 */
export function formatQualified(x: number | null, unit: Unit, qualifier?: Qualifier): string {
  // A sourced figure keeps every decimal its source gave (0.625783 Mt), not the 2 of computed ones.
  const decimals = x === null ? 0 : Math.min(decimalsOf(x), MAX_SOURCED_DECIMALS);
  const plain = formatValue(x, unit, { decimals });
  if (!qualifier || plain === MISSING) return plain;
  return `${QUALIFIER_MARK[qualifier]}${plain}`;
}

/**
 * The qualifier in words, for notes and exports: "more than", "about", "almost", "nearly"; an
 * empty string for an exact figure.
 *
 * @example formatQualifierWords('more-than') // "more than"
 */
export function formatQualifierWords(qualifier?: Qualifier): string {
  return qualifier ? QUALIFIER_WORDS[qualifier] : '';
}

/**
 * A stated growth rate as its source put it: "+22.8%", "more than +12%", "almost −25%"; with the
 * source's own words when it gave them ("+33.3% (more than a third)"). Signed, 1 decimal where
 * the source gave one.
 *
 * @example formatStatedGrowth({ pct: 30, basis: 'previous-year', qualifier: 'more-than' }) // "more than +30%"
 */
export function formatStatedGrowth(g: StatedGrowth): string {
  const pct = formatPct(g.pct, { sign: true, decimals: Math.min(decimalsOf(g.pct), 2) });
  const words =
    g.qualifier === 'more-than' ? 'more than ' : g.qualifier === 'almost' ? 'almost ' : '';
  return `${words}${pct}${g.words ? ` (${g.words})` : ''}`;
}

/**
 * For a chart note: the bounded figure and a separator ("more than 20 (drawn at 20); ") when the
 * figure has a qualifier, else nothing, so a bar drawn at 20 never hides "more than".
 *
 * @example qualifiedPrefix({ value: 20, qualifier: 'more-than' }) // "more than 20 (drawn at 20); "
 */
export function qualifiedPrefix(o: { value: number; qualifier?: Qualifier }): string {
  return o.qualifier ? `${QUALIFIER_WORDS[o.qualifier]} ${o.value} (drawn at ${o.value}); ` : '';
}
