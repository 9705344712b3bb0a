import type { ChartSpec } from 'chart-render';

/**
 * A small spec for export tests, from the seed article (CACI Analyst, 5 Sep 2007): $8.36bn in
 * 2006; $5.97bn in H1 2007; $12bn projected for 2008.
 */
export const seedSpec: ChartSpec = {
  id: 'seed',
  title: 'Seed figures',
  subtitle: 'US$ bn',
  categories: ['2006', '2007', '2008'],
  bands: [
    { start: 2006, end: 2007 },
    { start: 2007, end: 2008 },
    { start: 2008, end: 2009 },
  ],
  xLabel: 'Year',
  yLabel: 'US$ bn',
  valueFormat: 'usd-bn',
  series: [
    {
      id: 'r',
      name: 'Reported',
      label: 'Reported',
      mark: 'bar',
      kind: 'reported',
      color: 'grey',
      values: [8.36, null, null],
      notes: ['CACI', null, null],
    },
    {
      id: 'h',
      name: 'H1',
      label: null,
      mark: 'bar',
      kind: 'half-year',
      color: 'grey',
      values: [null, 5.97, null],
    },
    {
      id: 'p',
      name: '$12bn for 2008',
      label: null,
      mark: 'point',
      kind: 'projection',
      color: 'amber',
      values: [null, null, 12],
      pointLabels: [null, null, '$12bn for 2008 · Nazarbayev'],
    },
  ],
  events: [],
  sourceLine: 'Source: CACI Analyst (2007)',
  sources: [
    { id: 'caci', publisher: 'CACI Analyst', title: 'Seed', url: 'https://www.cacianalyst.org/' },
  ],
  notes: [],
};
