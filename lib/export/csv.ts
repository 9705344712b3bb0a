import { stringify } from 'csv-stringify/sync';
import type { Dataset } from '@/data/types';
import { numberEvents, type ChartSpec } from 'chart-render';
import { DATASET_RECORD_FIELDS, datasetRecords } from './dataset-records';
import { roundChartValue } from './round';

export type CsvCell = string | number | null;

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe (OWASP's CSV-injection advice). Numbers are left alone, so −8.4 stays a number.
 *
 * @example neutraliseFormula('=HYPERLINK("x")') // → "'=HYPERLINK(\"x\")"
 */
export function neutraliseFormula(cell: CsvCell): CsvCell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * RFC 4180 CSV (CRLF line ends, quotes only where needed) with a UTF-8 byte-order mark, so Excel
 * opens the Chinese quotes and en dashes correctly. null → empty cell; non-finite numbers → empty.
 *
 * @example toCsv([['year', 'value'], ['2006', 8.36]]) // → "\uFEFFyear,value\r\n2006,8.36\r\n"
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  const clean = rows.map((r) =>
    r.map((c) => (typeof c === 'number' && !Number.isFinite(c) ? null : neutraliseFormula(c))),
  );
  return stringify(clean, { bom: true, record_delimiter: 'windows' });
}

export const CHART_CSV_HEADER = [
  'chart',
  'category',
  'series_id',
  'series',
  'kind',
  'statistic',
  'value',
  'unit',
  'note',
] as const;

/**
 * A chart's own data in long form: one row per non-null value, categories in axis order, series
 * in spec order, then one row per event the chart marks (kind "event", its number as the series,
 * its date as the category, its title as the note; no value). A gap has no row. Values are
 * rounded at this edge by `EXPORT_PRECISION_RULE` (percentages to 2 decimals, levels to 6),
 * which changes no sourced figure and removes the noise of arithmetic (28.5 − 22.53 → 5.97, not
 * 5.969999999999999). A view's shaded period is one row (kind "period", its years as the
 * category, no value) and each annotation one row (kind "difference" or "cagr", its label as the
 * series, the figure it states as the value, the sentence naming the lib/ function as the note).
 *
 * @example chartCsvRows(spec)[1] // → ['trade-trend', '2000', 'annual-cn', 'Chinese statistics', 'reported', 'Chinese statistics', 1.5, 'usd-bn', 'Chinese customs: …']
 */
export function chartCsvRows(spec: ChartSpec): CsvCell[][] {
  const rows: CsvCell[][] = [[...CHART_CSV_HEADER]];
  spec.categories.forEach((category, i) => {
    for (const s of spec.series) {
      const v = s.values[i];
      if (v === null || v === undefined) continue;
      rows.push([
        spec.id,
        category,
        s.id,
        s.name,
        s.kind,
        s.statisticLabel ?? null,
        roundChartValue(v, spec.valueFormat),
        spec.valueFormat,
        s.notes?.[i] ?? null,
      ]);
    }
  });
  for (const e of numberEvents(spec.events)) {
    rows.push([spec.id, e.when, e.id, `Event ${e.n}`, 'event', null, null, null, e.title]);
  }
  if (spec.period) {
    const p = spec.period;
    rows.push([spec.id, p.label, 'period', 'Shaded period', 'period', null, null, null, null]);
  }
  for (const a of spec.annotations ?? []) {
    const category =
      a.kind === 'cagr'
        ? `${spec.categories[a.from]}–${spec.categories[a.to]}`
        : spec.categories[a.to.category]!;
    rows.push([
      spec.id,
      category,
      a.kind === 'cagr' ? `cagr:${a.series}` : `difference:${a.to.series}:${a.from.series}`,
      a.label,
      a.kind === 'cagr' ? 'cagr' : 'difference',
      null,
      roundChartValue(a.value, a.unit),
      a.unit,
      a.description,
    ]);
  }
  return rows;
}

/**
 * Every record of a dataset as CSV rows, header first, in `DATASET_RECORD_FIELDS` order.
 *
 * @example datasetCsvRows(d)[0] // → ['recordType', 'id', 'series', 'period', …]
 */
export function datasetCsvRows(d: Dataset): CsvCell[][] {
  return [
    [...DATASET_RECORD_FIELDS],
    ...datasetRecords(d).map((r) => DATASET_RECORD_FIELDS.map((f) => r[f])),
  ];
}
