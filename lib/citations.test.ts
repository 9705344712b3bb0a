import { describe, expect, it } from 'vitest';
import { citationsBySource } from './citations';
import { getDataset } from './datasets';

const d = getDataset();
const all = citationsBySource(d);
const of = (sourceId: string) => all.find((s) => s.source.id === sourceId)?.citations ?? [];

describe('citationsBySource', () => {
  it('keeps every source, in dataset order', () => {
    expect(all.map((s) => s.source.id)).toEqual(d.sources.map((s) => s.id));
  });

  it.each<[string, [string, string, string][]]>([
    [
      'voa-chinese-2010-11-08',
      [
        ['observation', 'trade-2007-unstated', '/trade#trade-2007-unstated'],
        [
          'target',
          'target-2015-15bn-heads-of-state',
          '/projections#target-2015-15bn-heads-of-state',
        ],
      ],
    ],
    [
      'caci-12989-shanghai-summit',
      [
        ['observation', 'trade-2013-kz-ministry', '/trade#trade-2013-kz-ministry'],
        ['observation', 'trade-2013-cn-customs', '/trade#trade-2013-cn-customs'],
        ['observation', 'kz-to-cn-2013-kz-ministry', '/trade#kz-to-cn-2013-kz-ministry'],
        ['observation', 'cn-to-kz-2013-kz-ministry', '/trade#cn-to-kz-2013-kz-ministry'],
        ['observation', 'kz-to-cn-2013-cn-customs', '/trade#kz-to-cn-2013-cn-customs'],
        ['observation', 'cn-to-kz-2013-cn-customs', '/trade#cn-to-kz-2013-cn-customs'],
        ['observation', 'crude-2013-unstated', '/energy#crude-2013-unstated'],
      ],
    ],
    ['rusi-org', [['event', 'event-peace-mission-2007', '/events#event-peace-mission-2007']]],
    [
      'people-cn-8065469',
      [['conflict', 'conflict-2012-turnover', '/sources/conflicts#conflict-2012-turnover']],
    ],
    [
      'hongxingpaper-cnpc-2011-01-26',
      [
        ['observation', 'crude-2006-unstated-cnpc', '/energy#crude-2006-unstated-cnpc'],
        ['observation', 'crude-2007-unstated', '/energy#crude-2007-unstated'],
        ['observation', 'crude-2008-unstated', '/energy#crude-2008-unstated'],
        ['checkpoint', 'cum-crude-2009', '/energy#cum-crude-2009'],
        ['event', 'event-first-commercial-oil-2006', '/events#event-first-commercial-oil-2006'],
        ['conflict', 'conflict-first-oil', '/sources/conflicts#conflict-first-oil'],
      ],
    ],
    [
      'orasam-manas-1060',
      [['growth-statement', 'growth-2017-kz-official', '/trade#growth-2017-kz-official']],
    ],
    [
      'zakonpravo-kz-gas-pipeline-ratification',
      [
        ['gas-fact', 'gas-agreement-signed', '/energy#gas-agreement-signed'],
        ['gas-fact', 'gas-agreement-ratified', '/energy#gas-agreement-ratified'],
        ['gas-fact', 'gas-agreement-in-force', '/energy#gas-agreement-in-force'],
      ],
    ],
    [
      'kcp-kz-project1',
      [['pipeline', 'pipeline-kenkiyak-kumkol', '/energy#pipeline-kenkiyak-kumkol']],
    ],
  ])('%s is cited by the right records', (sourceId, expected) => {
    expect(of(sourceId).map((c) => [c.kind, c.id, c.href])).toEqual(expected);
  });

  it('cites the seed article from observations, the projection, events and a pipeline', () => {
    const kinds = new Set(of('caci-2007-09-05').map((c) => c.kind));
    expect([...kinds]).toEqual(['observation', 'target', 'event', 'pipeline']);
  });

  it.each<[string, string, string]>([
    ['trade-2006-unstated', 'caci-2007-09-05', 'Trade turnover 2006: $8.36bn (Unstated)'],
    [
      'crude-2009-unstated',
      'chinagate-2010-01-25',
      'Crude oil through the Kazakhstan–China pipeline 2009: 7.73 Mt (Unstated)',
    ],
    [
      'trade-2019-kz-official',
      'inform-kz-tokayev-prospects',
      'Trade turnover 2019: nearly $14.5bn (Kazakh officials)',
    ],
    [
      'growth-2017-kz-official',
      'orasam-manas-1060',
      'Trade turnover 2017: more than +30%, no level stated (Kazakh officials)',
    ],
    [
      'product-2022-uranium',
      'silkroad-briefing-2023-kazakhstan',
      'Trade Kazakhstan → China, Uranium and nuclear fuel, 2022: $0.817bn',
    ],
    [
      'cum-crude-2011',
      'loken-bortala-2012',
      'Crude oil through the Kazakhstan–China pipeline, running total to 2011: >40 Mt',
    ],
    [
      'target-2019-20bn-zhang-xiao',
      'azernews-159530',
      'Projection: >$20bn for 2019 (Chinese ambassador Zhang Xiao, announced 16 Dec 2019)',
    ],
    [
      'target-2030-35bn-heads-of-state',
      'astana-times-2022-11',
      'Target: $35bn for 2030 (Heads of state of China and Kazakhstan, announced by Nov 2022)',
    ],
    [
      'gas-line-c',
      'oil-gas-eurasia-3rd-gas-line',
      'Gas pipeline: Line C of the Central Asia–China gas pipeline, capacity: 25 bcm/yr (2014)',
    ],
  ])('labels %s', (id, sourceId, label) => {
    expect(of(sourceId).find((c) => c.id === id)?.label).toBe(label);
  });

  it('accounts for every record exactly once per source it names', () => {
    const total = all.reduce((n, s) => n + s.citations.length, 0);
    const expected =
      d.observations.length +
      d.targets.length +
      d.events.reduce((n, e) => n + new Set(e.sourceIds).size, 0) +
      (d.pipelines ?? []).reduce((n, p) => n + new Set(p.sourceIds).size, 0) +
      (d.gasPipeline ?? []).length +
      (d.growthStatements ?? []).length +
      (d.products ?? []).length +
      (d.cumulative ?? []).length +
      (d.conflicts ?? []).reduce(
        (n, c) => n + new Set(c.claims.flatMap((x) => ('sourceId' in x ? [x.sourceId] : []))).size,
        0,
      );
    expect(total).toBe(expected);
  });

  it('gives empty lists for a dataset without records', () => {
    const empty = citationsBySource({
      ...d,
      observations: [],
      targets: [],
      events: [],
      pipelines: [],
      gasPipeline: [],
      growthStatements: [],
      products: [],
      cumulative: [],
      conflicts: [],
    });
    expect(empty.every((s) => s.citations.length === 0)).toBe(true);
  });
});
