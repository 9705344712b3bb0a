import { describe, expect, it } from 'vitest';
import type { Period, Statistic } from '@/data/types';
import { getDataset } from './datasets';
import { deriveSeedFigures } from './derived';
import {
  COLUMN_IDS,
  DEFAULT_TABLE_QUERY,
  METRIC_KINDS,
  STATISTICS,
  applyTableQuery,
  metricRows,
  parseTableQuery,
  periodSortKey,
  tableHref,
  unitLabel,
  type ColumnId,
  type MetricKind,
  type MetricRow,
  type TableQuery,
} from './metrics-table';
import { comparePeriods } from './periods';

const d = getDataset();
const derived = deriveSeedFigures(d);
const rows = metricRows(d, derived);
// Input in reverse record order, so an unsorted pass-through cannot look sorted by luck.
const reversed = [...rows].reverse();

const query = (q: Partial<TableQuery>): TableQuery => ({ ...DEFAULT_TABLE_QUERY, ...q });
const ids = (rs: readonly MetricRow[]) => rs.map((r) => r.id);
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const code = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An independent statement of the ordering each column promises, ascending. */
const ascending: Record<ColumnId, (a: MetricRow, b: MetricRow) => number> = {
  period: (a, b) => code(a.periodSort, b.periodSort),
  value: (a, b) => a.value - b.value,
  unit: (a, b) => collator.compare(unitLabel(a.unit), unitLabel(b.unit)),
  kind: (a, b) => collator.compare(a.kind, b.kind),
  statistic: (a, b) => collator.compare(a.statisticLabel, b.statisticLabel),
  reportedBy: (a, b) => collator.compare(a.reportedBy, b.reportedBy),
  source: () => 0,
};

function expectedOrder(rs: readonly MetricRow[], q: TableQuery): string[] {
  const sign = q.dir === 'desc' ? -1 : 1;
  const primary = (a: MetricRow, b: MetricRow): number => {
    if (q.sort !== 'source') return sign * ascending[q.sort](a, b);
    // No publisher (estimates) goes last whichever the direction.
    if (a.sourcePublisher === null || b.sourcePublisher === null) {
      return (a.sourcePublisher === null ? 1 : 0) - (b.sourcePublisher === null ? 1 : 0);
    }
    return sign * collator.compare(a.sourcePublisher, b.sourcePublisher);
  };
  return ids([...rs].sort((a, b) => primary(a, b) || ascending.period(a, b) || code(a.id, b.id)));
}

/** Turns a permalink back into Next-style searchParams (repeated keys become arrays). */
function paramsOf(href: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const sp = new URL(href, 'http://localhost').searchParams;
  for (const key of new Set(sp.keys())) {
    const all = sp.getAll(key);
    out[key] = all.length === 1 ? (all[0] ?? '') : all;
  }
  return out;
}

describe('metricRows', () => {
  const usdDerived = derived.filter((f) => f.unit === 'usd-bn');

  it('has one row per observation, target and US$ derived figure, with unique ids', () => {
    expect(rows).toHaveLength(d.observations.length + d.targets.length + usdDerived.length);
    expect(new Set(ids(rows)).size).toBe(rows.length);
  });

  it('leaves out derived shares, which are fractions, not levels', () => {
    const shares = derived.filter((f) => f.unit === 'share').map((f) => f.id);
    expect(shares.length).toBeGreaterThan(0);
    expect(ids(rows)).not.toEqual(expect.arrayContaining([shares[0]]));
    expect(rows.every((r) => ['usd-bn', 'mt', 'bcm'].includes(r.unit))).toBe(true);
  });

  it('copies each observation with its source', () => {
    for (const o of d.observations) {
      const r = rows.find((x) => x.id === o.id);
      const s = d.sources.find((x) => x.id === o.sourceId);
      expect(r).toMatchObject({
        kind: 'reported',
        value: o.value,
        unit: o.unit,
        statistic: o.statistic,
        reportedBy: o.reportedBy,
        sourceId: o.sourceId,
        sourceUrl: s?.url,
        sourcePublisher: s?.publisher,
        formula: null,
      });
    }
  });

  it('gives targets no statistic and says who announced them when', () => {
    for (const t of d.targets) {
      const r = rows.find((x) => x.id === t.id);
      expect(r?.kind).toBe(t.kind);
      expect(r?.statistic).toBe('unstated');
      expect(r?.statisticLabel).toBe('Unstated');
      expect(r?.reportedBy.startsWith(`${t.who}, announced `)).toBe(true);
      if (t.period === null) expect(r).toMatchObject({ period: 'open-ended' });
    }
  });

  it('marks derived figures as estimates with their formula and no source', () => {
    for (const f of usdDerived) {
      expect(rows.find((x) => x.id === f.id)).toMatchObject({
        kind: 'estimate',
        value: f.value,
        statistic: f.statistic,
        reportedBy: `Derived: ${f.label}`,
        sourceId: null,
        sourceUrl: null,
        sourcePublisher: null,
        formula: `${f.fn}: ${f.formula}`,
      });
    }
  });

  it('gives no rows for an empty dataset', () => {
    expect(metricRows({ ...d, observations: [], targets: [] }, [])).toEqual([]);
  });
});

describe('periodSortKey', () => {
  it.each<[string, Period | null, string]>([
    ['a year', { type: 'year', year: 2006 }, '2006-01-01/P12M'],
    ['a first half', { type: 'half', year: 2007, half: 1 }, '2007-01-01/P06M'],
    ['a second half', { type: 'half', year: 2007, half: 2 }, '2007-07-01/P06M'],
    ['a quarter', { type: 'quarter', year: 2010, quarter: 3 }, '2010-07-01/P03M'],
    ['open-ended', null, '~open-ended'],
  ])('%s', (_name, p, expected) => {
    expect(periodSortKey(p)).toBe(expected);
  });

  it('orders keys as comparePeriods orders periods, open-ended last', () => {
    const periods: (Period | null)[] = [
      { type: 'year', year: 2007 },
      { type: 'half', year: 2007, half: 1 },
      { type: 'quarter', year: 2007, quarter: 1 },
      { type: 'half', year: 2006, half: 2 },
      null,
      { type: 'year', year: 2030 },
    ];
    for (const a of periods) {
      for (const b of periods) {
        const expected =
          a === null || b === null
            ? Number(a === null) - Number(b === null)
            : Math.sign(comparePeriods(a, b));
        expect(Math.sign(code(periodSortKey(a), periodSortKey(b)))).toBe(expected);
      }
    }
  });
});

describe('applyTableQuery sorting', () => {
  it('sorts by period by default, whatever order the rows came in', () => {
    const out = applyTableQuery(reversed, DEFAULT_TABLE_QUERY);
    expect(ids(out)).toEqual(expectedOrder(rows, DEFAULT_TABLE_QUERY));
    expect(ids(out)).not.toEqual(ids(reversed));
    for (let i = 1; i < out.length; i++) {
      expect(code(out[i - 1]!.periodSort, out[i]!.periodSort)).toBeLessThanOrEqual(0);
    }
    expect(out.at(-1)?.period).toBe('open-ended');
  });

  it('sorts by value descending with the largest figure first', () => {
    const out = applyTableQuery(reversed, query({ sort: 'value', dir: 'desc' }));
    expect(out[0]?.value).toBe(Math.max(...rows.map((r) => r.value)));
    for (let i = 1; i < out.length; i++) {
      expect(out[i - 1]!.value).toBeGreaterThanOrEqual(out[i]!.value);
    }
  });

  it.each(
    COLUMN_IDS.flatMap((sort) => (['asc', 'desc'] as const).map((dir) => [sort, dir] as const)),
  )('sorts by %s %s, ties by period then id', (sort, dir) => {
    const q = query({ sort, dir });
    expect(ids(applyTableQuery(reversed, q))).toEqual(expectedOrder(rows, q));
    expect(ids(applyTableQuery(rows, q))).toEqual(expectedOrder(rows, q));
  });

  it('puts estimates (no publisher) last when sorting by source in either direction', () => {
    for (const dir of ['asc', 'desc'] as const) {
      const out = applyTableQuery(rows, query({ sort: 'source', dir }));
      const firstEstimate = out.findIndex((r) => r.sourcePublisher === null);
      expect(firstEstimate).toBeGreaterThan(0);
      expect(out.slice(firstEstimate).every((r) => r.sourcePublisher === null)).toBe(true);
    }
  });

  it('returns an empty array for no rows', () => {
    expect(applyTableQuery([], query({ sort: 'value', kind: ['reported'] }))).toEqual([]);
  });

  it('does not mutate its input', () => {
    const before = ids(reversed);
    applyTableQuery(reversed, query({ sort: 'value', dir: 'desc', kind: ['estimate'] }));
    expect(ids(reversed)).toEqual(before);
  });
});

describe('applyTableQuery filtering', () => {
  const matching = (kinds: MetricKind[], stats: Statistic[]) =>
    rows.filter(
      (r) =>
        (kinds.length === 0 || kinds.includes(r.kind)) &&
        (stats.length === 0 || stats.includes(r.statistic)),
    );

  it.each<[string, MetricKind[], Statistic[]]>([
    ['reported only', ['reported'], []],
    ['estimates only', ['estimate'], []],
    ['promises', ['projection', 'target'], []],
    ['reported and estimates', ['reported', 'estimate'], []],
    ['every kind', [...METRIC_KINDS], []],
    ['Chinese customs', [], ['cn-customs']],
    ['Kazakh statistics and officials', [], ['kz-stat', 'kz-official']],
    ['unstated', [], ['unstated']],
    ['every statistic', [], [...STATISTICS]],
    ['reported Chinese customs', ['reported'], ['cn-customs']],
    ['estimates from unstated statistics', ['estimate'], ['unstated']],
    ['targets from Chinese customs (none)', ['target'], ['cn-customs']],
  ])('%s', (_name, kind, statistic) => {
    const q = query({ kind, statistic, sort: 'value', dir: 'desc' });
    const out = applyTableQuery(reversed, q);
    const expected = matching(kind, statistic);
    expect(out).toHaveLength(expected.length);
    expect(ids(out)).toEqual(expectedOrder(expected, q));
  });

  it('finds rows for each kind and for both sides’ statistics in this dataset', () => {
    for (const k of METRIC_KINDS) expect(matching([k], []).length).toBeGreaterThan(0);
    expect(matching([], ['cn-customs']).length).toBeGreaterThan(0);
    expect(matching([], ['kz-stat', 'kz-official']).length).toBeGreaterThan(0);
  });
});

describe('parseTableQuery', () => {
  it.each<[string, Record<string, string | string[] | undefined>, TableQuery]>([
    ['no parameters', {}, DEFAULT_TABLE_QUERY],
    ['undefined and blank values', { sort: undefined, dir: '', kind: ' , ' }, DEFAULT_TABLE_QUERY],
    ['sort and dir', { sort: 'value', dir: 'desc' }, query({ sort: 'value', dir: 'desc' })],
    ['every column', { sort: 'reportedBy' }, query({ sort: 'reportedBy' })],
    ['first of repeated sort', { sort: ['unit', 'value'] }, query({ sort: 'unit' })],
    ['comma list', { kind: 'estimate,reported' }, query({ kind: ['reported', 'estimate'] })],
    [
      'repeated keys',
      { kind: ['estimate', 'reported'] },
      query({ kind: ['reported', 'estimate'] }),
    ],
    [
      'mixed and duplicated',
      { kind: ['reported,target', 'reported'] },
      query({ kind: ['reported', 'target'] }),
    ],
    [
      'statistic with spaces',
      { statistic: 'kz-stat, cn-customs' },
      query({ statistic: ['cn-customs', 'kz-stat'] }),
    ],
  ])('%s', (_name, params, expected) => {
    expect(parseTableQuery(params)).toEqual({ query: expected, errors: [] });
  });

  it('reads repeated and comma forms the same way', () => {
    const comma = parseTableQuery({ kind: 'reported,estimate', statistic: 'cn-customs,unstated' });
    const repeated = parseTableQuery({
      kind: ['reported', 'estimate'],
      statistic: ['cn-customs', 'unstated'],
    });
    expect(comma).toEqual(repeated);
    expect(ids(applyTableQuery(rows, comma.query))).toEqual(
      ids(applyTableQuery(rows, repeated.query)),
    );
  });

  const allowed = {
    sort: COLUMN_IDS.join(', '),
    dir: 'asc, desc',
    kind: METRIC_KINDS.join(', '),
    statistic: STATISTICS.join(', '),
  };

  it.each<[string, Record<string, string | string[]>, (keyof typeof allowed)[], TableQuery]>([
    ['bad sort', { sort: 'price', dir: 'desc' }, ['sort'], query({ dir: 'desc' })],
    ['bad dir', { sort: 'value', dir: 'up' }, ['dir'], query({ sort: 'value' })],
    [
      'bad kind among good',
      { kind: 'reported,rumour', sort: 'value' },
      ['kind'],
      query({ kind: ['reported'], sort: 'value' }),
    ],
    [
      'bad statistic, good kind',
      { statistic: ['cn-customs', 'KZ'], kind: 'estimate' },
      ['statistic'],
      query({ statistic: ['cn-customs'], kind: ['estimate'] }),
    ],
    [
      'everything bad',
      { sort: 'x', dir: 'y', kind: 'z', statistic: 'w' },
      ['sort', 'dir', 'kind', 'statistic'],
      DEFAULT_TABLE_QUERY,
    ],
    ['case matters', { sort: 'Value' }, ['sort'], DEFAULT_TABLE_QUERY],
  ])('%s: reports the parameter and applies the rest', (_name, params, bad, expected) => {
    const { query: q, errors } = parseTableQuery(params);
    expect(q).toEqual(expected);
    expect(errors).toEqual(
      bad.map((parameter) => ({
        error: 'unknown value',
        parameter,
        allowed: allowed[parameter],
      })),
    );
  });

  it('never echoes the rejected value', () => {
    const evil = '<script>alert(1)</script>';
    const { errors } = parseTableQuery({ sort: evil, dir: evil, kind: evil, statistic: evil });
    expect(errors).toHaveLength(4);
    expect(JSON.stringify(errors)).not.toContain('script');
  });
});

describe('tableHref', () => {
  it.each<[string, TableQuery, Partial<TableQuery>, string]>([
    ['defaults omitted', DEFAULT_TABLE_QUERY, {}, '/#metrics'],
    [
      'brief example',
      DEFAULT_TABLE_QUERY,
      { sort: 'value', dir: 'desc', kind: ['reported'] },
      '/?sort=value&dir=desc&kind=reported#metrics',
    ],
    ['desc period keeps only dir', DEFAULT_TABLE_QUERY, { dir: 'desc' }, '/?dir=desc#metrics'],
    [
      'change keeps the filters',
      query({ kind: ['estimate', 'reported'], statistic: ['kz-stat'] }),
      { sort: 'unit' },
      '/?sort=unit&kind=reported,estimate&statistic=kz-stat#metrics',
    ],
    [
      'clearing filters keeps the sort',
      query({ sort: 'value', dir: 'desc', kind: ['target'] }),
      { kind: [], statistic: [] },
      '/?sort=value&dir=desc#metrics',
    ],
    ['another base path', DEFAULT_TABLE_QUERY, { sort: 'source' }, '/metrics?sort=source#metrics'],
  ])('%s', (name, q, change, expected) => {
    const base = name === 'another base path' ? '/metrics' : '/';
    expect(tableHref(base, q, change)).toBe(expected);
  });

  it.each<[string, TableQuery]>([
    ['default', DEFAULT_TABLE_QUERY],
    ['sorted', query({ sort: 'statistic', dir: 'desc' })],
    ['every kind and statistic', query({ kind: [...METRIC_KINDS], statistic: [...STATISTICS] })],
    ['mixed', query({ sort: 'reportedBy', kind: ['projection'], statistic: ['kz-official'] })],
  ])('round-trips through parseTableQuery: %s', (_name, q) => {
    expect(parseTableQuery(paramsOf(tableHref('/', q, {})))).toEqual({ query: q, errors: [] });
  });
});
