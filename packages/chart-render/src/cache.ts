import { createHash } from 'node:crypto';

/**
 * A bounded memo of a render function keyed by a hash of its arguments: specs are deterministic
 * functions of the built-in dataset, so the same chart at the same size is rendered once per
 * process. Past `maxEntries` the least recently used entry is dropped; 0 disables caching.
 *
 * @example
 * const svgOf = memoiseRender(renderChartSvg, 64);
 * svgOf(spec, { width: 1068, height: 460 }); // renders
 * svgOf(spec, { width: 1068, height: 460 }); // the same string from memory
 */
export function memoiseRender<A extends unknown[], R>(
  render: (...args: A) => R,
  maxEntries: number,
): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args: A) => {
    const key = createHash('sha1').update(JSON.stringify(args)).digest('base64');
    const hit = cache.get(key);
    if (hit !== undefined) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const out = render(...args);
    if (maxEntries <= 0) return out;
    if (cache.size >= maxEntries) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    cache.set(key, out);
    return out;
  };
}
