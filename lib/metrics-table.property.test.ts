import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COLUMN_IDS,
  DEFAULT_TABLE_QUERY,
  METRIC_KINDS,
  STATISTICS,
  parseTableQuery,
  tableHref,
  type TableQuery,
} from './metrics-table';
import { firstParam, type SearchParams } from './page-params';

const MARKER = 'zq<script>x9';
const NAMES = ['sort', 'dir', 'kind', 'statistic'] as const;

// Allowed values of every parameter (so one parameter's value lands in another), and junk.
const token = fc.oneof(
  fc.constantFrom(...COLUMN_IDS, 'asc', 'desc', ...METRIC_KINDS, ...STATISTICS),
  fc.constantFrom('', ' ', 'VALUE', 'Desc', '-1', 'NaN', '__proto__', '../', '"onmouseover=x'),
  fc.string({ maxLength: 8 }),
  fc.string({ maxLength: 4 }).map((s) => `${s}${MARKER}`),
);
const value = fc.oneof(
  token,
  fc.array(token, { maxLength: 4 }).map((t) => t.join(',')),
  token.map((t) => ` ${t} `),
);
const raw = fc.oneof(
  fc.constant(undefined),
  value,
  fc.array(value, { maxLength: 3 }),
) as fc.Arbitrary<string | string[] | undefined>;
const params: fc.Arbitrary<SearchParams> = fc.record(
  { sort: raw, dir: raw, kind: raw, statistic: raw, other: raw },
  { requiredKeys: [] },
);

/** The non-blank, trimmed comma-separated parts of a parameter, repeated keys flattened. */
const parts = (r: string | string[] | undefined) =>
  (r === undefined ? [] : Array.isArray(r) ? r : [r])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');

/** How Next hands a URL's query to a page: a string per key, an array for repeated keys. */
function searchParamsOf(href: string): SearchParams {
  const out: SearchParams = {};
  for (const [k, v] of new URL(href, 'http://localhost').searchParams) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

const validQuery: fc.Arbitrary<TableQuery> = fc.record({
  sort: fc.constantFrom(...COLUMN_IDS),
  dir: fc.constantFrom('asc' as const, 'desc' as const),
  kind: fc.subarray([...METRIC_KINDS]),
  statistic: fc.subarray([...STATISTICS]),
});

describe('parseTableQuery on any query', () => {
  it('keeps the allowed values in canonical order, and reports each bad parameter once by name', () => {
    fc.assert(
      fc.property(params, (p) => {
        const { query, errors } = parseTableQuery(p);
        // sort and dir: the first value whole, as in the tracker (`?sort=a,b` is one unknown value).
        const sort = firstParam(p.sort);
        const dir = firstParam(p.dir);
        const sortOk = sort === undefined || (COLUMN_IDS as readonly string[]).includes(sort);
        const dirOk = dir === undefined || dir === 'asc' || dir === 'desc';
        expect(query.sort).toBe(sort !== undefined && sortOk ? sort : DEFAULT_TABLE_QUERY.sort);
        expect(query.dir).toBe(dir !== undefined && dirOk ? dir : DEFAULT_TABLE_QUERY.dir);
        // Filters: the allowed parts in canonical order; any other part is an error.
        expect(query.kind).toEqual(METRIC_KINDS.filter((k) => parts(p.kind).includes(k)));
        expect(query.statistic).toEqual(STATISTICS.filter((s) => parts(p.statistic).includes(s)));
        const kindOk = parts(p.kind).every((k) => (METRIC_KINDS as readonly string[]).includes(k));
        const statOk = parts(p.statistic).every((s) =>
          (STATISTICS as readonly string[]).includes(s),
        );
        const bad = NAMES.filter((_, i) => ![sortOk, dirOk, kindOk, statOk][i]);
        expect(errors.map((e) => e.parameter)).toEqual(bad);
        for (const e of errors) expect(e.error).toBe('unknown value');
        expect(JSON.stringify(errors)).not.toContain('zq');
      }),
      { seed: 51, numRuns: 3000 },
    );
  });

  it('reads back every view from its permalink, with no errors', () => {
    fc.assert(
      fc.property(validQuery, (q) => {
        expect(parseTableQuery(searchParamsOf(tableHref('/', DEFAULT_TABLE_QUERY, q)))).toEqual({
          query: q,
          errors: [],
        });
      }),
      { seed: 52, numRuns: 1000 },
    );
  });

  it('normalises: the permalink of what any query parses to parses to the same view', () => {
    fc.assert(
      fc.property(params, (p) => {
        const { query } = parseTableQuery(p);
        const href = tableHref('/', query, {});
        expect(href.endsWith('#metrics')).toBe(true);
        expect(parseTableQuery(searchParamsOf(href))).toEqual({ query, errors: [] });
      }),
      { seed: 53, numRuns: 2000 },
    );
  });
});
