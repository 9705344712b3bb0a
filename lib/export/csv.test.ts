import { describe, expect, it } from 'vitest';
import { getChartSpec } from '../charts/registry';
import { getDataset } from '../datasets';
import { CHART_CSV_HEADER, chartCsvRows, datasetCsvRows, neutraliseFormula, toCsv } from './csv';
import { DATASET_RECORD_FIELDS } from './dataset-records';
import { seedSpec } from './seed-spec.fixture';

/** Minimal RFC 4180 reader for the round trip (csv-parse is not a dependency). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted && c === '"' && s[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('neutraliseFormula', () => {
  it.each<[string, string | number | null, string | number | null]>([
    ['formula', '=1+1', "'=1+1"],
    ['plus', '+22.8%', "'+22.8%"],
    ['minus text', '-x', "'-x"],
    ['at', '@SUM(A1)', "'@SUM(A1)"],
    ['tab', '\tx', "'\tx"],
    ['plain text', 'Chinese customs', 'Chinese customs'],
    ['negative number stays a number', -8.4, -8.4],
    ['null', null, null],
  ])('%s', (_name, input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it.each<[string, (string | number | null)[][], string]>([
    [
      'header and a row',
      [
        ['year', 'value'],
        ['2006', 8.36],
      ],
      '\uFEFFyear,value\r\n2006,8.36\r\n',
    ],
    [
      'null and non-finite are empty',
      [
        ['a', 'b', 'c'],
        [null, NaN, Infinity],
      ],
      '\uFEFFa,b,c\r\n,,\r\n',
    ],
    ['quotes and commas are quoted', [['say "hi", ok']], '\uFEFF"say ""hi"", ok"\r\n'],
    ['formula neutralised', [['=cmd']], "\uFEFF'=cmd\r\n"],
    ['empty', [], '\uFEFF'],
  ])('%s', (_name, rows, expected) => {
    expect(toCsv(rows)).toBe(expected);
  });
});

describe('chartCsvRows', () => {
  it('has one row per non-null value, category-major, with kind and note', () => {
    expect(chartCsvRows(seedSpec)).toEqual([
      [...CHART_CSV_HEADER],
      ['seed', '2006', 'r', 'Reported', 'reported', null, 8.36, 'usd-bn', 'CACI'],
      ['seed', '2007', 'h', 'H1', 'half-year', null, 5.97, 'usd-bn', null],
      ['seed', '2008', 'p', '$12bn for 2008', 'projection', null, 12, 'usd-bn', null],
    ]);
  });

  it('holds the non-null values of the real trade trend spec, rounded to 6 decimals', () => {
    const spec = getChartSpec(getDataset(), 'trade-trend');
    const rows = chartCsvRows(spec).slice(1);
    const values = rows.filter((r) => r[4] !== 'event').map((r) => r[6]);
    const expected = spec.categories.flatMap((_, i) =>
      spec.series
        .map((s) => s.values[i])
        .filter((v): v is number => v !== null && v !== undefined)
        .map((v) => Number(v.toFixed(6))),
    );
    expect(values).toEqual(expected);
    // 8.36 / 1.228 = 6.807817589576548 (2005 implied) leaves the edge as 6.807818.
    expect(values).toContain(6.807818);
  });

  it.each<[string, number, number]>([
    ['a difference with binary noise', 28.5 - 22.53, 5.97],
    ['a percentage', 26.498002663115837, 26.5],
    ['a sourced figure with 6 decimals', 0.625783, 0.625783],
    ['a negative difference', 43.82 - 44, -0.18],
  ])('rounds %s at the edge', (_name, value, expected) => {
    const pct = _name === 'a percentage';
    const spec = {
      ...seedSpec,
      valueFormat: pct ? ('pct' as const) : ('usd-bn' as const),
      categories: ['2013'],
      series: [{ ...seedSpec.series[0]!, values: [value], notes: [null] }],
    };
    expect(chartCsvRows(spec)[1]?.[6]).toBe(expected);
  });

  it('lists the events the chart marks, and none with events off', () => {
    const on = getChartSpec(getDataset(), 'trade-trend');
    const events = chartCsvRows(on).filter((r) => r[4] === 'event');
    expect(events.map((r) => r[8])).toEqual(
      [...on.events].sort((a, b) => a.start - b.start).map((e) => e.title),
    );
    expect(events.length).toBeGreaterThan(0);
    const off = getChartSpec(getDataset(), 'trade-trend', { events: false });
    expect(chartCsvRows(off).filter((r) => r[4] === 'event')).toEqual([]);
  });

  it('gives only the header for a chart without values', () => {
    expect(chartCsvRows({ ...seedSpec, series: [] })).toEqual([[...CHART_CSV_HEADER]]);
  });
});

describe('datasetCsvRows', () => {
  it('round-trips through a CSV parser with every record and its source URL', () => {
    const d = getDataset();
    const parsed = parseCsv(toCsv(datasetCsvRows(d)));
    expect(parsed[0]).toEqual([...DATASET_RECORD_FIELDS]);
    const records =
      d.observations.length +
      (d.growthStatements ?? []).length +
      (d.products ?? []).length +
      (d.cumulative ?? []).length +
      d.targets.length;
    expect(parsed).toHaveLength(1 + records);
    const urlCol = DATASET_RECORD_FIELDS.indexOf('sourceUrl');
    const valueCol = DATASET_RECORD_FIELDS.indexOf('value');
    for (const row of parsed.slice(1)) expect(row[urlCol]).toMatch(/^https?:\/\//);
    expect(parsed.slice(1, 1 + d.observations.length).map((r) => Number(r[valueCol]))).toEqual(
      d.observations.map((o) => o.value),
    );
  });
});
