import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstParam, parseEventsParam, type SearchParams } from './page-params';
import {
  DEFAULT_TRACKER_QUERY,
  TARGET_KINDS,
  TRACKER_COLUMNS,
  TRACKER_STATUSES,
  parseTrackerQuery,
  trackerHref,
  type TrackerQuery,
} from './tracker-table';

const MARKER = 'zq<script>x9';
const NAMES = ['sort', 'dir', 'status', 'kind'] as const;

const token = fc.oneof(
  fc.constantFrom(...TRACKER_COLUMNS, 'asc', 'desc', ...TRACKER_STATUSES, ...TARGET_KINDS),
  fc.constantFrom('', ' ', 'Beaten', 'no_data', 'NaN', 'Infinity', 'constructor', '..%2F'),
  fc.string({ maxLength: 8 }),
  fc.string({ maxLength: 4 }).map((s) => `${s}${MARKER}`),
);
const value = fc.oneof(
  token,
  fc.array(token, { maxLength: 4 }).map((t) => t.join(',')),
  token.map((t) => `\t${t} `),
);
const raw = fc.oneof(
  fc.constant(undefined),
  value,
  fc.array(value, { maxLength: 3 }),
) as fc.Arbitrary<string | string[] | undefined>;
const params: fc.Arbitrary<SearchParams> = fc.record(
  { sort: raw, dir: raw, status: raw, kind: raw, events: raw },
  { requiredKeys: [] },
);

const parts = (r: string | string[] | undefined) =>
  (r === undefined ? [] : Array.isArray(r) ? r : [r])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');

function searchParamsOf(href: string): SearchParams {
  const out: SearchParams = {};
  for (const [k, v] of new URL(href, 'http://localhost').searchParams) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

const validQuery: fc.Arbitrary<TrackerQuery> = fc.record({
  sort: fc.constantFrom(...TRACKER_COLUMNS),
  dir: fc.constantFrom('asc' as const, 'desc' as const),
  status: fc.subarray([...TRACKER_STATUSES]),
  kind: fc.subarray([...TARGET_KINDS]),
});

describe('parseTrackerQuery on any query', () => {
  it('takes sort and dir from the first value whole, filters from every comma part, and names each bad parameter once', () => {
    fc.assert(
      fc.property(params, (p) => {
        const { query, errors } = parseTrackerQuery(p);
        // As in the metrics table, `?sort=a,b` is one (unknown) value, not a list.
        const sort = firstParam(p.sort);
        const dir = firstParam(p.dir);
        const sortOk = sort === undefined || (TRACKER_COLUMNS as readonly string[]).includes(sort);
        const dirOk = dir === undefined || dir === 'asc' || dir === 'desc';
        expect(query.sort).toBe(sort !== undefined && sortOk ? sort : DEFAULT_TRACKER_QUERY.sort);
        expect(query.dir).toBe(dir !== undefined && dirOk ? dir : DEFAULT_TRACKER_QUERY.dir);
        expect(query.status).toEqual(TRACKER_STATUSES.filter((s) => parts(p.status).includes(s)));
        expect(query.kind).toEqual(TARGET_KINDS.filter((k) => parts(p.kind).includes(k)));
        const statusOk = parts(p.status).every((s) =>
          (TRACKER_STATUSES as readonly string[]).includes(s),
        );
        const kindOk = parts(p.kind).every((k) => (TARGET_KINDS as readonly string[]).includes(k));
        const bad = NAMES.filter((_, i) => ![sortOk, dirOk, statusOk, kindOk][i]);
        expect(errors.map((e) => e.parameter)).toEqual(bad);
        expect(JSON.stringify(errors)).not.toContain('zq');
      }),
      { seed: 71, numRuns: 3000 },
    );
  });

  it('reads back every view and the events toggle from its permalink, with no errors', () => {
    fc.assert(
      fc.property(validQuery, fc.boolean(), fc.constantFrom('tracker', ''), (q, events, hash) => {
        const href = trackerHref(DEFAULT_TRACKER_QUERY, q, events, hash);
        expect(href.startsWith('/projections')).toBe(true);
        const p = searchParamsOf(href);
        expect(parseTrackerQuery(p)).toEqual({ query: q, errors: [] });
        expect(parseEventsParam(p)).toEqual({ events, errors: [] });
      }),
      { seed: 72, numRuns: 1000 },
    );
  });

  it('normalises: the permalink of what any query parses to parses to the same view', () => {
    fc.assert(
      fc.property(params, (p) => {
        const { query } = parseTrackerQuery(p);
        const { events } = parseEventsParam(p);
        const back = searchParamsOf(trackerHref(query, {}, events));
        expect(parseTrackerQuery(back)).toEqual({ query, errors: [] });
        expect(parseEventsParam(back).events).toBe(events);
      }),
      { seed: 73, numRuns: 2000 },
    );
  });
});
