import { decimalsOf } from './consistency';
import { formatUsdBn } from './format';

/**
 * A difference of two US$ bn figures at the precision of its inputs (the most decimals either
 * was published with, at most 2), so float noise never shows: 20.4 − 15 is "$5.4bn", not
 * "$5.40bn". With `sign: true` a positive difference gets a plus. Null or non-finite → "—".
 *
 * @example formatUsdBnDifference(20.4 - 15, [20.4, 15], { sign: true }) // → "+$5.4bn"
 */
export function formatUsdBnDifference(
  x: number | null,
  inputs: readonly number[],
  opts?: { sign?: boolean },
): string {
  const decimals = Math.min(2, Math.max(0, ...inputs.map(decimalsOf)));
  const text = formatUsdBn(x, { decimals });
  return opts?.sign && x !== null && text.startsWith('$') && /[1-9]/.test(text) ? `+${text}` : text;
}
