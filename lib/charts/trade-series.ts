import type { ChartSpec, SeriesSpec } from 'chart-render';
import type { Dataset, Observation } from '@/data/types';
import { formatPeriod } from '../periods';
import { formatStatistic, qualifiedPrefix } from '../format';
import { observationsOf, yearSpan } from '../select';
import { annualBySide, SIDES } from '../side-series';
import { alignByYear, yearFrame } from './axis';
import { eventLayer, type TimeAxisOptions } from './events';
import { sideColor, sideName } from './palette';
import { chartSources } from './sources';
import { TRADE_EVENT_CATEGORIES } from './trade-trend';

const note = (o: Observation) =>
  `${qualifiedPrefix(o)}${formatPeriod(o.period)}, ${formatStatistic(o.statistic)}: ${o.reportedBy}`;

/**
 * Trade turnover in full: one line per whose-statistics (Chinese, Kazakh, unstated), named at its
 * end and joined only between consecutive years, so every missing year shows as a break;
 * half-year figures as light points at their year. Events are marked unless `events: false`.
 *
 * @example tradeSeriesSpec(d).series.map((s) => s.id) // → ['annual-cn', 'annual-kz', 'annual-unstated', 'half-years']
 */
export function tradeSeriesSpec(d: Dataset, opts: TimeAxisOptions = {}): ChartSpec {
  const years = yearSpan(d, 'trade-turnover');
  const frame = yearFrame(years[0] ?? 0, years.at(-1) ?? -1);
  const series: SeriesSpec[] = [];
  const usedSources: string[] = [];

  for (const side of SIDES) {
    const obs = annualBySide(d, 'trade-turnover', side);
    if (obs.length === 0) continue;
    const { values, notes } = alignByYear(obs, frame, note);
    usedSources.push(...obs.map((o) => o.sourceId));
    series.push({
      id: `annual-${side.toLowerCase()}`,
      name: sideName[side],
      label: sideName[side],
      mark: 'line',
      kind: 'reported',
      color: sideColor[side],
      values,
      notes,
      statisticLabel: sideName[side],
    });
  }

  const halves = observationsOf(d, 'trade-turnover').filter(
    (o) => o.period.type === 'half' && frame.at(o.period.year) >= 0,
  );
  if (halves.length > 0) {
    const values = frame.blank();
    const notes = frame.blank<string>();
    for (const o of halves) {
      values[frame.at(o.period.year)] = o.value;
      notes[frame.at(o.period.year)] = note(o);
      usedSources.push(o.sourceId);
    }
    series.push({
      id: 'half-years',
      name: 'Half-year figure (H1), at its year',
      label: null,
      mark: 'point',
      kind: 'half-year',
      color: sideColor.unstated,
      values,
      notes,
      statisticLabel: [...new Set(halves.map((o) => formatStatistic(o.statistic)))].join(', '),
    });
  }

  const axis = [frame.years[0] ?? 0, (frame.years.at(-1) ?? -1) + 1] as const;
  const events = eventLayer(d, axis, opts, TRADE_EVENT_CATEGORIES);
  const { sources, sourceLine } = chartSources(d, [...usedSources, ...events.sourceIds]);
  return {
    id: 'trade-series',
    title: `${d.partners.join('–')} trade turnover by whose statistics, ${years[0]}–${years.at(-1)}`,
    subtitle:
      'US$ bn a year. Each side’s statistics keep their own line, joined only across consecutive years: a break is a year with no figure.',
    categories: frame.categories,
    bands: frame.bands,
    xLabel: 'Year',
    yLabel: 'US$ bn',
    valueFormat: 'usd-bn',
    series,
    events: events.events,
    sourceLine,
    sources,
    notes: [
      'Where one side has two statistics for a year, the agency’s figure is drawn and both are in the table.',
    ],
  };
}
