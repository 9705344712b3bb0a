import { describe, expect, it } from 'vitest';
import { LruCache } from './lru-cache';

const bytes = (n: number) => new Uint8Array(n);
const cache = (maxEntries: number, maxBytes: number) =>
  new LruCache<Uint8Array>({ maxEntries, maxBytes, sizeOf: (b) => b.byteLength });

describe('LruCache', () => {
  it('returns what was stored, and undefined for a miss', () => {
    const c = cache(3, 100);
    c.set('a', bytes(1));
    expect(c.get('a')).toEqual(bytes(1));
    expect(c.get('b')).toBeUndefined();
  });

  it('evicts the least recently used entry past the entry bound', () => {
    const c = cache(2, 100);
    c.set('a', bytes(1));
    c.set('b', bytes(1));
    c.get('a');
    c.set('c', bytes(1));
    expect([c.get('a'), c.get('b'), c.get('c')].map((v) => v !== undefined)).toEqual([
      true,
      false,
      true,
    ]);
    expect(c.size).toBe(2);
  });

  it('evicts until the byte bound holds', () => {
    const c = cache(10, 10);
    c.set('a', bytes(4));
    c.set('b', bytes(4));
    c.set('c', bytes(4));
    expect(c.get('a')).toBeUndefined();
    expect(c.bytes).toBe(8);
  });

  it('does not store an entry larger than the byte bound', () => {
    const c = cache(10, 10);
    c.set('big', bytes(11));
    expect(c.size).toBe(0);
    expect(c.bytes).toBe(0);
  });

  it('replaces an entry without double-counting its size', () => {
    const c = cache(10, 10);
    c.set('a', bytes(6));
    c.set('a', bytes(3));
    expect(c.bytes).toBe(3);
    expect(c.size).toBe(1);
  });

  it('stores nothing with a zero entry bound', () => {
    const c = cache(0, 10);
    c.set('a', bytes(1));
    expect(c.get('a')).toBeUndefined();
  });
});
