import { describe, expect, it } from 'vitest';
import { chinaKazakhstan } from './china-kazakhstan';
import type { Dataset, Observation, Period, Statistic, StatedGrowth } from './types';

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
    ['trade-2013-kz-ministry', 22.53, 'kz-ministry', undefined],
    ['trade-2010-kz-stat', 20.3, 'kz-stat', { pct: 45, basis: 'previous-year' }],
    ['trade-2013-cn-ministry', 28.6, 'cn-ministry', { pct: 11.3, basis: 'previous-year' }],
    ['trade-2018-cn-media', 19.88, 'cn-media', { pct: 10.4, basis: 'previous-year' }],
    ['trade-2023m01-10-kz-media', 24.3, 'kz-media', undefined],
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

  const annual = (year: number) =>
    dataset.observations.filter(
      (o) => o.series === 'trade-turnover' && o.period.type === 'year' && o.period.year === year,
    );

  it.each([2010, 2013, 2018, 2021, 2022, 2023, 2024])(
    'has a Chinese and a Kazakh trade figure for %d',
    (year) => {
      const statistics = annual(year).map((o) => o.statistic);
      expect(statistics.some((s) => s.startsWith('cn-'))).toBe(true);
      expect(statistics.some((s) => s.startsWith('kz-'))).toBe(true);
    },
  );

  it.each<[string, number, Observation['qualifier']]>([
    ['trade-2002-cn-official', 2, 'almost'],
    ['trade-2019-kz-official', 14.5, 'nearly'],
    ['trade-2010-cn-official-cheng', 20, 'more-than'],
    ['trade-2022-cn-official', 31, 'more-than'],
    ['gas-2015-cn-official', 31.5, 'about'],
  ])('keeps the word of %s: %d, %s', (id, value, qualifier) => {
    expect([observation(id).value, observation(id).qualifier]).toEqual([value, qualifier]);
  });

  it.each([2001, 2003, 2004, 2015, 2017])('has no trade figure for %d', (year) => {
    expect(annual(year)).toEqual([]);
  });

  it('keeps the 2017 growth rates without a level, as growth statements', () => {
    expect(annual(2017)).toEqual([]);
    expect((dataset.growthStatements ?? []).map((g) => g.id)).toEqual([
      'growth-2017-kz-official',
      'growth-2017m01-02-kz-official',
      'growth-2018-kz-official-tokayev',
    ]);
  });

  it.each<[string, Period]>([
    ['trade-2005m01-11-unstated', { type: 'months', year: 2005, firstMonth: 1, lastMonth: 11 }],
    ['trade-2011q1-kz-official', { type: 'quarter', year: 2011, quarter: 1 }],
    ['trade-2013h1-cn-media', { type: 'half', year: 2013, half: 1 }],
    ['trade-2023m01-09-kz-stat', { type: 'months', year: 2023, firstMonth: 1, lastMonth: 9 }],
    [
      'crude-2014d-unstated',
      { type: 'days', year: 2014, first: { month: 1, day: 1 }, last: { month: 7, day: 14 } },
    ],
  ])('encodes the partial period of %s', (id, period) => {
    expect(observation(id).period).toEqual(period);
  });

  it('leaves out the 2011 import column the reference marks "don\'t use"', () => {
    const flows2011 = dataset.observations.filter(
      (o) => o.series === 'trade-cn-to-kz' && o.period.type === 'year' && o.period.year === 2011,
    );
    expect(flows2011).toEqual([]);
    expect(observation('kz-to-cn-2011-unstated').value).toBe(16.29);
  });

  it('keeps throughput, Kazakh exports and Russian transit as three series', () => {
    expect(observation('crude-2024-unstated').series).toBe('crude-oil-via-pipeline');
    expect(observation('kz-crude-2024-unstated').series).toBe('crude-exports-kz-to-cn');
    expect(observation('ru-transit-2023-unstated').series).toBe('russian-oil-transit-to-cn');
    expect(observation('ru-transit-cn-uz-2024-unstated').series).toBe(
      'russian-oil-transit-to-cn-uz',
    );
  });
});

describe('chinaKazakhstan events', () => {
  it('holds the six events of part 1 and the 37 of part 2, each with a category', () => {
    expect(dataset.events).toHaveLength(43);
    for (const e of dataset.events)
      expect(['diplomacy', 'trade', 'energy', 'security', 'other']).toContain(e.category);
  });

  it('keeps the two first-oil dates as two events with their meanings', () => {
    const byId = new Map(dataset.events.map((e) => [e.id, e]));
    expect(byId.get('event-first-oil-line-filled-2006')?.start).toBe('2006-05-25');
    expect(byId.get('event-first-oil-line-filled-2006')?.title).toMatch(/line is filled/);
    expect(byId.get('event-first-commercial-oil-2006')?.start).toBe('2006-07-11');
    expect(byId.get('event-first-commercial-oil-2006')?.title).toMatch(/commercial/);
  });
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
    ...[
      ...(dataset.growthStatements ?? []),
      ...(dataset.products ?? []),
      ...(dataset.cumulative ?? []),
    ].map((r): [string, string] => [r.id, r.sourceId]),
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
      ...(dataset.growthStatements ?? []),
      ...(dataset.products ?? []),
      ...(dataset.cumulative ?? []),
      ...(dataset.conflicts ?? []),
    ].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has one source per URL, each starting with http', () => {
    const urls = dataset.sources.map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(url).toMatch(/^https?:\/\//);
  });

  it('carries no mis-encoded characters in any quote', () => {
    const quotes = [
      ...dataset.sources,
      ...dataset.observations,
      ...dataset.targets,
      ...(dataset.growthStatements ?? []),
      ...(dataset.products ?? []),
      ...(dataset.cumulative ?? []),
    ].map((r) => r.quote);
    for (const q of quotes) expect(q).not.toMatch(/â€/);
  });
});
