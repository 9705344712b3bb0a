import type { ChartSpec, SeriesSpec } from 'chart-render';
import type { Dataset, Observation } from '@/data/types';
import { deriveSeedFigures } from '../derived';
import { formatStatistic, qualifiedPrefix } from '../format';
import { trackTargets } from '../projections';
import { yearSpan } from '../select';
import { annualBySide, SIDES } from '../side-series';
import { alignByYear, yearFrame } from './axis';
import { eventLayer, type TimeAxisOptions } from './events';
import { projectionColor, sideColor, sideName } from './palette';
import { chartSources } from './sources';
import { targetLabel } from './target-labels';

export interface TradeTrendOptions extends TimeAxisOptions {
  /** The day target outcomes are judged on. */
  today?: Date;
}

const note = (o: Observation) =>
  `${qualifiedPrefix(o)}${formatStatistic(o.statistic)}: ${o.reportedBy}`;

/**
 * Event categories the trade charts mark: trade events only (a border centre, a railway). Of the
 * 43 events, 23 are diplomatic; marked on every trade chart they would bury the bars, and the
 * /events timeline lists them all.
 */
export const TRADE_EVENT_CATEGORIES = ['trade'] as const;

/**
 * The trade trend chart: annual turnover per whose-statistics (solid bars, each side named above
 * its last bar; a figure of unstated statistics only in years neither side reports), full-year
 * figures derived from the seed's growth rates (hollow bars beside the reported ones), targets
 * falling inside the covered years (diamonds, each labelled with who set it and its outcome as of
 * `today`), and dated events. Years without a figure stay empty. Half-year figures are not drawn
 * here (a part-year bar beside full years reads as a fall); the trade-series and growth charts
 * show them.
 *
 * @example tradeTrendSpec(chinaKazakhstan).categories[0] // → "2000"
 */
export function tradeTrendSpec(d: Dataset, opts: TradeTrendOptions = {}): ChartSpec {
  const years = yearSpan(d, 'trade-turnover');
  const frame = yearFrame(years[0] ?? 0, years.at(-1) ?? -1);
  const usedSources: string[] = [];
  const series: SeriesSpec[] = [];

  // One figure per year and side (the agency's when there are two); a figure whose source names
  // no statistic only where neither side reports the year. The table shows every figure.
  const bySide = Object.fromEntries(
    SIDES.map((side) => [side, annualBySide(d, 'trade-turnover', side)]),
  );
  const sideYears = new Set([...bySide.CN!, ...bySide.KZ!].map((o) => o.period.year));
  for (const side of SIDES) {
    const obs = bySide[side]!.filter((o) => side !== 'unstated' || !sideYears.has(o.period.year));
    if (obs.length === 0) continue;
    const { values, notes } = alignByYear(obs, frame, note);
    usedSources.push(...obs.map((o) => o.sourceId));
    series.push({
      id: `annual-${side.toLowerCase()}`,
      name: sideName[side],
      label: sideName[side],
      mark: 'bar',
      kind: 'reported',
      color: sideColor[side],
      values,
      notes,
      statisticLabel: sideName[side],
    });
  }

  const estimates = deriveSeedFigures(d).filter(
    (f) =>
      f.unit === 'usd-bn' &&
      f.period.type === 'year' &&
      f.fn !== 'annualiseHalfYearNaive' &&
      frame.at(f.period.year) >= 0,
  );
  if (estimates.length > 0) {
    const values = frame.blank();
    const notes = frame.blank<string>();
    for (const f of estimates) {
      values[frame.at(f.period.year)] = f.value;
      notes[frame.at(f.period.year)] = `${f.label}: ${f.formula}`;
    }
    series.push({
      id: 'derived-full-year',
      name: 'Derived full-year estimate',
      label: null,
      mark: 'bar',
      kind: 'estimate',
      color: sideColor.unstated,
      values,
      notes,
      statisticLabel: 'Computed from unstated statistics',
    });
  }

  const rows = trackTargets(d, opts.today ?? new Date());
  for (const t of d.targets) {
    if (t.series !== 'trade-turnover' || t.period?.type !== 'year') continue;
    const i = frame.at(t.period.year);
    if (i < 0) continue;
    const values = frame.blank();
    values[i] = t.value;
    const label = targetLabel(
      t,
      rows.filter((r) => r.target.id === t.id),
    );
    series.push({
      id: t.id,
      name: label,
      label: null,
      mark: 'point',
      kind: 'projection',
      color: projectionColor,
      values,
      notes: values.map((v) => (v === null ? null : `${t.kind}: “${t.quote}”`)),
      pointLabels: values.map((v) => (v === null ? null : label)),
    });
    usedSources.push(t.sourceId);
  }

  const events = eventLayer(
    d,
    [frame.years[0] ?? 0, (frame.years.at(-1) ?? -1) + 1],
    opts,
    TRADE_EVENT_CATEGORIES,
  );
  const { sources, sourceLine } = chartSources(d, [...usedSources, ...events.sourceIds]);
  return {
    id: 'trade-trend',
    title: `${d.partners.join('–')} trade turnover, ${years[0]}–${years.at(-1)}`,
    subtitle:
      'US$ bn a year. Chinese and Kazakh statistics differ by billions, so each side has its own bar; an empty year has no figure.',
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
      'Grey: a figure whose source names no statistic, drawn only for years neither side reports.',
      ...estimates.map((f) => `${f.label}: ${f.formula}`),
    ],
  };
}
