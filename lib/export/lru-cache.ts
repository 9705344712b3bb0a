/**
 * A least-recently-used cache bounded by entry count and by total size (bytes, as `sizeOf`
 * reports). Reading an entry makes it the most recent; adding one evicts the least recent until
 * both bounds hold. An entry larger than `maxBytes` is not stored. Not thread-safe; one per process.
 *
 * @example
 * const c = new LruCache<Uint8Array>({ maxEntries: 2, maxBytes: 10, sizeOf: (b) => b.byteLength });
 * c.set('a', new Uint8Array(6)); c.set('b', new Uint8Array(6)); // 'a' evicted: 12 > 10 bytes
 * c.get('a') // → undefined
 */
export class LruCache<V> {
  readonly #map = new Map<string, { value: V; size: number }>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  readonly #sizeOf: (v: V) => number;
  #bytes = 0;

  constructor(o: { maxEntries: number; maxBytes: number; sizeOf: (v: V) => number }) {
    this.#maxEntries = Math.max(0, o.maxEntries);
    this.#maxBytes = Math.max(0, o.maxBytes);
    this.#sizeOf = o.sizeOf;
  }

  get(key: string): V | undefined {
    const hit = this.#map.get(key);
    if (!hit) return undefined;
    this.#map.delete(key);
    this.#map.set(key, hit);
    return hit.value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    const size = this.#sizeOf(value);
    if (size > this.#maxBytes || this.#maxEntries === 0) return;
    this.#map.set(key, { value, size });
    this.#bytes += size;
    for (const [k, v] of this.#map) {
      if (this.#map.size <= this.#maxEntries && this.#bytes <= this.#maxBytes) break;
      this.#map.delete(k);
      this.#bytes -= v.size;
    }
  }

  delete(key: string): void {
    const old = this.#map.get(key);
    if (!old) return;
    this.#map.delete(key);
    this.#bytes -= old.size;
  }

  get size(): number {
    return this.#map.size;
  }

  get bytes(): number {
    return this.#bytes;
  }
}
