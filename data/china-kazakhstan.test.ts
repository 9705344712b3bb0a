import { describe, expect, it } from 'vitest';
import { chinaKazakhstan } from './china-kazakhstan';
import type { Dataset, Observation, Statistic, StatedGrowth } from './types';

// Widen to the declared types so optional fields can be read on every record.
const dataset: Dataset = chinaKazakhstan;

function observation(id: string): Observation {
  const found = dataset.observations.find((o) => o.id === id);
  if (!found) throw new Error(`no observation ${id}`);
  return found;
}

describe('chinaKazakhstan observations', () => {
  it.each<[string, number, Statistic, StatedGrowth | undefined]>([
    ['trade-2006-unstated', 8.36, 'unstated', { pct: 22.8, basis: 'previous-year' }],
    ['trade-2007h1-unstated', 5.97, 'unstated', { pct: 60.4, basis: 'same-period-previous-year' }],
    ['trade-2008-kz-official', 17.5, 'kz-official', undefined],
    ['trade-2009-kz-stat', 9.4, 'kz-stat', undefined],
    [
      'trade-2012-unstated',
      24,
      'unstated',
      { pct: 12, basis: 'previous-year', qualifier: 'more-than' },
    ],
    ['trade-2013-kz-stat', 22.53, 'kz-stat', undefined],
    ['trade-2013-cn-customs', 28.5, 'cn-customs', { pct: 11.3, basis: 'previous-year' }],
    ['trade-2016-cn-customs', 13.1, 'cn-customs', { pct: -8.4, basis: 'previous-year' }],
    ['trade-2024-cn-customs', 43.82, 'cn-customs', undefined],
    ['crude-2009-unstated', 7.73, 'unstated', { pct: 26, basis: 'previous-year' }],
  ])('%s is %d with statistic %s', (id, value, statistic, statedGrowth) => {
    const o = observation(id);
    expect(o.value).toBe(value);
    expect(o.statistic).toBe(statistic);
    expect(o.statedGrowth).toEqual(statedGrowth);
  });

  it('encodes H1 2007 as the first half of 2007', () => {
    expect(observation('trade-2007h1-unstated').period).toEqual({
      type: 'half',
      year: 2007,
      half: 1,
    });
  });

  it.each([2013, 2021, 2022])(
    'keeps the two %d trade figures under different statistics',
    (year) => {
      const rows = dataset.observations.filter(
        (o) => o.series === 'trade-turnover' && o.period.type === 'year' && o.period.year === year,
      );
      expect(rows).toHaveLength(2);
      expect(new Set(rows.map((o) => o.statistic)).size).toBe(2);
    },
  );

  it.each([2001, 2003, 2004, 2014, 2015, 2017, 2019, 2020])(
    'has no trade figure for %d',
    (year) => {
      const rows = dataset.observations.filter(
        (o) => o.series === 'trade-turnover' && o.period.type === 'year' && o.period.year === year,
      );
      expect(rows).toEqual([]);
    },
  );
});

describe('chinaKazakhstan targets', () => {
  it('keeps the seed projection: $12bn for 2008, announced 2007-08-18 by Nazarbayev', () => {
    const t = dataset.targets.find((x) => x.id === 'target-2008-12bn-nazarbayev');
    expect(t).toMatchObject({
      kind: 'projection',
      value: 12,
      unit: 'usd-bn',
      announced: '2007-08-18',
      who: 'Nursultan Nazarbayev',
      period: { type: 'year', year: 2008 },
      sourceId: 'caci-2007-09-05',
    });
  });

  it('leaves the $100bn target open-ended', () => {
    const t = dataset.targets.find((x) => x.id === 'target-open-100bn-tokayev');
    expect(t?.period).toBeNull();
  });

  it('bounds the $35bn target as announced by 2022-11', () => {
    const t = dataset.targets.find((x) => x.id === 'target-2030-35bn-heads-of-state');
    expect([t?.announced, t?.announcedQualifier]).toEqual(['2022-11', 'by']);
  });
});

describe('chinaKazakhstan integrity', () => {
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const referenced: [string, string][] = [
    ...dataset.observations.map((o): [string, string] => [o.id, o.sourceId]),
    ...dataset.targets.map((t): [string, string] => [t.id, t.sourceId]),
    ...dataset.events.flatMap((e) => e.sourceIds.map((s): [string, string] => [e.id, s])),
    ...(dataset.pipelines ?? []).flatMap((p) =>
      p.sourceIds.map((s): [string, string] => [p.id, s]),
    ),
    ...(dataset.gasPipeline ?? []).map((g): [string, string] => [g.id, g.sourceId]),
  ];

  it('cites only known sources', () => {
    const missing = referenced.filter(([, sourceId]) => !sourceIds.has(sourceId));
    expect(missing).toEqual([]);
  });

  it('gives every record a unique id', () => {
    const ids = [
      ...dataset.sources,
      ...dataset.observations,
      ...dataset.targets,
      ...dataset.events,
      ...(dataset.pipelines ?? []),
      ...(dataset.gasPipeline ?? []),
    ].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has one source per URL, each starting with http', () => {
    const urls = dataset.sources.map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(url).toMatch(/^https?:\/\//);
  });

  it('carries no mis-encoded characters in any quote', () => {
    const quotes = [...dataset.sources, ...dataset.observations, ...dataset.targets].map(
      (r) => r.quote,
    );
    for (const q of quotes) expect(q).not.toMatch(/â€/);
  });
});
