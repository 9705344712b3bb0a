import { describe, expect, it } from 'vitest';
import type { Dataset, PipelineSection } from '@/data/types';
import { getDataset } from './datasets';
import { capacitySteps, crudeShipped, gasFactsInOrder, sectionsInService } from './energy';

const d = getDataset();
const section = (id: string): PipelineSection => {
  const p = d.pipelines?.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};
const withPipelines = (pipelines: PipelineSection[]): Dataset => ({ ...d, pipelines });

describe('sectionsInService', () => {
  it.each<[string, string | null]>([
    ['pipeline-kenkiyak-atyrau', '2003'],
    ['pipeline-atasu-alashankou', '2006-05-25'],
    ['pipeline-kenkiyak-kumkol', '2009-07-01'],
  ])('%s entered service %s', (id, date) => {
    expect(sectionsInService(d).find((s) => s.section.id === id)?.inService?.date ?? null).toBe(
      date,
    );
  });

  it('gives null when no milestone says oil flowed', () => {
    const launchedOnly = {
      ...section('pipeline-kenkiyak-kumkol'),
      milestones: [{ date: '2007-12-11', what: 'Launched' }],
    };
    expect(sectionsInService(withPipelines([launchedOnly]))[0]?.inService).toBeNull();
  });

  it('takes the earliest matching milestone, whatever the order given', () => {
    const p = {
      ...section('pipeline-atasu-alashankou'),
      milestones: [
        { date: '2007-01', what: 'Test oil again' },
        { date: '2006-05-25', what: 'First oil into China' },
      ],
    };
    expect(sectionsInService(withPipelines([p]))[0]?.inService?.date).toBe('2006-05-25');
  });
});

describe('capacitySteps', () => {
  it.each<[string, PipelineSection[] | undefined, [number, number][]]>([
    // By hand: 6 (2003), + 20 (2006) = 26, + 20 (2009) = 46.
    [
      'the three sections',
      d.pipelines,
      [
        [2003, 6],
        [2004, 6],
        [2005, 6],
        [2006, 26],
        [2007, 26],
        [2008, 26],
        [2009, 46],
      ],
    ],
    ['no pipelines', [], []],
    ['pipelines missing', undefined, []],
    ['one section', [section('pipeline-atasu-alashankou')], [[2006, 20]]],
    [
      'a section without an in-service milestone is left out',
      [
        section('pipeline-kenkiyak-atyrau'),
        { ...section('pipeline-kenkiyak-kumkol'), milestones: [] },
      ],
      [[2003, 6]],
    ],
  ])('%s', (_name, pipelines, expected) => {
    const steps = capacitySteps({ ...d, pipelines });
    expect(steps.map((s) => [s.year, s.cumulativeDesignMtPerYear])).toEqual(expected);
  });

  it('names the sections added each year', () => {
    expect(capacitySteps(d).map((s) => s.added.map((p) => p.id))).toEqual([
      ['pipeline-kenkiyak-atyrau'],
      [],
      [],
      ['pipeline-atasu-alashankou'],
      [],
      [],
      ['pipeline-kenkiyak-kumkol'],
    ]);
  });
});

describe('crudeShipped', () => {
  it('lists the reported years and the gaps between them', () => {
    const c = crudeShipped(d);
    // 2006: CNPC's 1.76 (Jan 2011) over the 1.7 of Jan 2007, the later publication; 2019: the
    // exact 10.8827 over People's Daily's "more than 10.88".
    expect(c.observations.map((o) => [o.period.year, o.value])).toEqual([
      [2006, 1.76],
      [2007, 4.77],
      [2008, 6],
      [2009, 7.73],
      [2011, 10.93],
      [2013, 11.85],
      [2015, 10.8],
      [2017, 12.3082],
      [2019, 10.8827],
      [2024, 11.2],
    ]);
    expect(c.years[0]).toBe(2006);
    expect(c.years.at(-1)).toBe(2024);
    expect(c.missingYears).toEqual([2010, 2012, 2014, 2016, 2018, 2020, 2021, 2022, 2023]);
    expect(c.allObservations).toHaveLength(17);
  });

  it('is empty without crude figures', () => {
    expect(crudeShipped({ ...d, observations: [] })).toEqual({
      years: [],
      observations: [],
      allObservations: [],
      missingYears: [],
    });
  });
});

describe('gasFactsInOrder', () => {
  it('puts dated facts first, by date, then the undated ones in dataset order', () => {
    expect(gasFactsInOrder(d).map((f) => f.id)).toEqual([
      'gas-agreement-signed',
      'gas-line-a',
      'gas-agreement-ratified',
      'gas-agreement-in-force',
      'gas-line-b',
      'gas-line-c',
      'gas-2016-from-turkmenistan',
      'gas-2016-from-uzbekistan',
      'gas-lines-a-c-capacity',
      'gas-length',
      'gas-design-capacity',
      'gas-length-in-kazakhstan',
    ]);
  });

  it('is empty without gas facts', () => {
    expect(gasFactsInOrder({ ...d, gasPipeline: undefined })).toEqual([]);
  });
});
