import { describe, expect, it } from 'vitest';
import { getDataset } from './datasets';
import type { SearchParams } from './page-params';
import { trackTargets } from './projections';
import {
  DEFAULT_TRACKER_QUERY,
  TRACKER_COLUMNS,
  applyTrackerQuery,
  parseTrackerQuery,
  trackerHref,
  type TrackerQuery,
} from './tracker-table';

const d = getDataset();
const TODAY = new Date('2025-06-01T00:00:00.000Z');
const rows = trackTargets(d, TODAY);
const reversed = [...rows].reverse();
const q = (change: Partial<TrackerQuery>): TrackerQuery => ({
  ...DEFAULT_TRACKER_QUERY,
  ...change,
});
const ids = (query: TrackerQuery) => applyTrackerQuery(reversed, query).map((r) => r.target.id);

const N08 = 'target-2008-12bn-nazarbayev';
const H15 = 'target-2015-15bn-heads-of-state';
const M10 = 'target-2010-15bn-masimov';
const HU15 = 'target-2015-40bn-hu-jintao';
const H30 = 'target-2030-35bn-heads-of-state';
const T30 = 'target-2030-40bn-tokayev';
const T100 = 'target-open-100bn-tokayev';
const N07 = 'target-2007-10bn-nazarbayev';
const Z19 = 'target-2019-20bn-zhang-xiao';

describe('applyTrackerQuery', () => {
  it.each<[string, Partial<TrackerQuery>, string[]]>([
    // Announced: 2007 (Jan 1) < 18 Aug 2007 < 10 Dec 2007 < Apr 2008 < 13 Jun 2011 < 16 Dec 2019
    // < Nov 2022 < 17 May 2023 < 16 May 2024. N08 and M10 have two rows each (two sides report
    // their year); a target's rows keep their order.
    [
      'default: oldest announcement first',
      {},
      [H15, N08, N08, N07, M10, M10, HU15, Z19, H30, T30, T100],
    ],
    [
      'announced, newest first',
      { dir: 'desc' },
      [T100, T30, H30, Z19, HU15, M10, M10, N07, N08, N08, H15],
    ],
    [
      'target value, ties by announcement',
      { sort: 'target' },
      [N07, N08, N08, H15, M10, M10, Z19, H30, HU15, T30, T100],
    ],
    [
      'target period, open-ended last',
      { sort: 'period' },
      [N07, N08, N08, M10, M10, H15, HU15, Z19, H30, T30, T100],
    ],
    // Actuals: 13.8 (N07), 14.5 (Z19), 17.5 and 17.55 (N08), 20.3 and 20.4 (M10).
    [
      'actual: the reported first, missing last',
      { sort: 'actual' },
      [N07, Z19, N08, N08, M10, M10, H15, HU15, H30, T30, T100],
    ],
    [
      'actual descending keeps missing last',
      { sort: 'actual', dir: 'desc' },
      [M10, M10, N08, N08, Z19, N07, H15, HU15, H30, T30, T100],
    ],
    // 46.25% (2008, unstated) > 45.83% (2008, KZ) > 38% (2007) > 36% > 35.33% (2010) > −27.5% (2019).
    [
      'variance descending',
      { sort: 'variance', dir: 'desc' },
      [N08, N08, N07, M10, M10, Z19, H15, HU15, H30, T30, T100],
    ],
    [
      'status order: beaten, missed, pending, open-ended, no data',
      { sort: 'status' },
      [N08, N08, N07, M10, M10, Z19, H30, T30, T100, H15, HU15],
    ],
    // First reached: 2007 (N08, N07), 2008 (H15, M10), 2021 (Z19), 2023 (HU15, H30, T30), never.
    [
      'first reached',
      { sort: 'firstReached' },
      [N08, N08, N07, H15, M10, M10, Z19, HU15, H30, T30, T100],
    ],
    ['filter: beaten', { status: ['beaten'] }, [N08, N08, N07, M10, M10]],
    ['filter: pending or no data', { status: ['pending', 'no-data'] }, [H15, HU15, H30, T30]],
    ['filter: projections', { kind: ['projection'] }, [N08, N08, N07, Z19]],
    ['filter: targets that are open-ended', { kind: ['target'], status: ['open-ended'] }, [T100]],
    ['filter: the projection that missed', { kind: ['projection'], status: ['missed'] }, [Z19]],
    ['filter matching nothing', { kind: ['projection'], status: ['met'] }, []],
  ])('%s', (_name, change, expected) => {
    expect(ids(q(change))).toEqual(expected);
  });

  it('sorts every column without throwing, and keeps every row', () => {
    for (const sort of TRACKER_COLUMNS) {
      expect(applyTrackerQuery(rows, q({ sort }))).toHaveLength(rows.length);
    }
  });

  it('returns nothing for no rows and does not mutate its input', () => {
    expect(applyTrackerQuery([], DEFAULT_TRACKER_QUERY)).toEqual([]);
    const copy = [...reversed];
    applyTrackerQuery(reversed, q({ sort: 'variance' }));
    expect(reversed).toEqual(copy);
  });
});

describe('parseTrackerQuery', () => {
  it.each<[string, SearchParams, TrackerQuery, string[]]>([
    ['empty: the default', {}, q({}), []],
    ['sort and dir', { sort: 'variance', dir: 'desc' }, q({ sort: 'variance', dir: 'desc' }), []],
    [
      'comma list in canonical order',
      { status: 'no-data,beaten' },
      q({ status: ['beaten', 'no-data'] }),
      [],
    ],
    [
      'repeated keys',
      { kind: ['target', 'projection'] },
      q({ kind: ['projection', 'target'] }),
      [],
    ],
    ['bad sort falls back', { sort: 'nope' }, q({}), ['sort']],
    ['bad dir falls back', { dir: 'up' }, q({}), ['dir']],
    [
      'bad status is dropped, good kept',
      { status: 'beaten,won' },
      q({ status: ['beaten'] }),
      ['status'],
    ],
    ['bad kind', { kind: 'promise' }, q({}), ['kind']],
    [
      'all bad',
      { sort: 'x', dir: 'y', status: 'z', kind: 'w' },
      q({}),
      ['sort', 'dir', 'status', 'kind'],
    ],
  ])('%s', (_name, params, query, errorParams) => {
    const r = parseTrackerQuery(params);
    expect(r.query).toEqual(query);
    expect(r.errors.map((e) => e.parameter)).toEqual(errorParams);
  });

  it('lists allowed values and never echoes the bad one', () => {
    const [e] = parseTrackerQuery({ status: '<b>x</b>' }).errors;
    expect(e?.allowed).toBe('beaten, met, missed, pending, open-ended, no-data');
    expect(JSON.stringify(e)).not.toContain('<b>');
  });
});

describe('trackerHref', () => {
  it.each<[Partial<TrackerQuery>, Partial<TrackerQuery>, boolean, string]>([
    [{}, {}, true, '/projections#tracker'],
    [{}, { sort: 'variance', dir: 'desc' }, true, '/projections?sort=variance&dir=desc#tracker'],
    [
      { status: ['no-data', 'beaten'] },
      {},
      false,
      '/projections?status=beaten,no-data&events=off#tracker',
    ],
    [{ kind: ['target'] }, { kind: [] }, true, '/projections#tracker'],
  ])('%j + %j (events %s) → %s', (from, change, events, expected) => {
    expect(trackerHref(q(from), change, events)).toBe(expected);
  });

  it('leaves the hash out when asked, for the events toggle', () => {
    expect(trackerHref(q({ sort: 'status' }), {}, false, '')).toBe(
      '/projections?sort=status&events=off',
    );
  });

  it('round-trips through parseTrackerQuery', () => {
    const query = q({ sort: 'status', dir: 'desc', status: ['pending'], kind: ['target'] });
    const url = new URL(trackerHref(query, {}, false), 'http://x');
    const params = Object.fromEntries(url.searchParams);
    expect(parseTrackerQuery(params).query).toEqual(query);
  });
});
