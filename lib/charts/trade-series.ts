import type { Dataset, Observation } from '@/data/types';
import { formatPeriod } from '../periods';
import { formatStatistic, qualifiedPrefix } from '../format';
import { observationsOf, yearSpan } from '../select';
import { annualBySide, SIDES } from '../side-series';
import { alignByYear } from './align';
import { sideColor, sideName } from './palette';
import { chartSources } from './sources';
import type { ChartSpec, SeriesSpec } from './spec';
import { eventLayer, type TimeAxisOptions } from './time-axis';

const note = (o: Observation) =>
  `${qualifiedPrefix(o)}${formatPeriod(o.period)}, ${formatStatistic(o.statistic)}: ${o.reportedBy}`;

/**
 * Trade turnover in full: one line per whose-statistics (Chinese, Kazakh, unstated), joined only
 * between consecutive years so every missing year shows as a gap, and half-year figures as
 * light points at their year. Events are marked unless `events: false`.
 *
 * @example tradeSeriesSpec(d).series.map((s) => s.id) // → ['annual-cn', 'annual-kz', 'annual-unstated', 'half-years']
 */
export function tradeSeriesSpec(d: Dataset, opts: TimeAxisOptions = {}): ChartSpec {
  const years = yearSpan(d, 'trade-turnover');
  const categories = years.map(String);
  const at = (year: number) => years.indexOf(year);
  const blank = () => categories.map(() => null as number | null);
  const series: SeriesSpec[] = [];
  const usedSources: string[] = [];

  for (const side of SIDES) {
    const obs = annualBySide(d, 'trade-turnover', side);
    if (obs.length === 0) continue;
    const { values, notes } = alignByYear(obs, categories, note);
    usedSources.push(...obs.map((o) => o.sourceId));
    series.push({
      id: `annual-${side.toLowerCase()}`,
      name: sideName[side],
      mark: 'line',
      kind: 'reported',
      color: sideColor[side],
      values,
      notes,
      statisticLabel: sideName[side],
    });
  }

  const halves = observationsOf(d, 'trade-turnover').filter(
    (o) => o.period.type === 'half' && at(o.period.year) >= 0,
  );
  if (halves.length > 0) {
    const values = blank();
    const notes = blank() as (string | null)[];
    for (const o of halves) {
      values[at(o.period.year)] = o.value;
      notes[at(o.period.year)] = note(o);
      usedSources.push(o.sourceId);
    }
    series.push({
      id: 'half-years',
      name: 'Half-year figure (H1), at its year',
      mark: 'point',
      kind: 'half-year',
      color: sideColor.unstated,
      values,
      notes,
      statisticLabel: [...new Set(halves.map((o) => formatStatistic(o.statistic)))].join(', '),
    });
  }

  const events = eventLayer(d, categories, opts);
  const { sources, sourceLine } = chartSources(d, [...usedSources, ...events.sourceIds]);
  return {
    id: 'trade-series',
    title: `${d.partners.join('–')} trade turnover by whose statistics, ${years[0]}–${years.at(-1)}`,
    subtitle:
      'US$ bn. One line per statistic, joined only across consecutive years: a break is a year with no figure. Light point: first half of the year only.',
    categories,
    xLabel: 'Year',
    yLabel: 'US$ bn',
    valueFormat: 'usd-bn',
    series,
    annotations: events.annotations,
    sourceLine,
    sources,
    notes: [
      'Chinese and Kazakh statistics differ by billions; each keeps its own line. Where one side has two statistics for a year, the agency’s figure is drawn and both are in the table.',
    ],
  };
}
