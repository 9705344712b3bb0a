/** A linear map from a domain to a pixel range; also maps back. */
export interface Scale {
  (v: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
  invert(px: number): number;
}

/**
 * A linear scale; a flat domain maps everything to the range's start.
 *
 * @example linearScale([2000, 2025], [0, 1000])(2006.5) // → 260
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const s = ((v: number) => r0 + (v - d0) * k) as Scale;
  s.domain = domain;
  s.range = range;
  s.invert = (px: number) => (k === 0 ? d0 : d0 + (px - r0) / k);
  return s;
}
