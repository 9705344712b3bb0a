import type { Dataset, Observation } from '@/data/types';
import { deriveSeedFigures } from '../derived';
import { formatPartialDate } from '../periods';
import { formatQualified, formatStatistic, qualifiedPrefix } from '../format';
import { observationsOf, yearSpan } from '../select';
import { annualBySide, SIDES } from '../side-series';
import { alignByYear } from './align';
import { chartEvents, eventAnnotations } from './annotations';
import { projectionColor, sideColor, sideName } from './palette';
import { chartSources } from './sources';
import type { ChartSpec, SeriesSpec } from './spec';
import type { TimeAxisOptions } from './time-axis';

function note(o: Observation): string {
  return `${qualifiedPrefix(o)}${formatStatistic(o.statistic)}: ${o.reportedBy}`;
}

/**
 * The trade trend chart: annual turnover per whose-statistics (solid bars), half-year figures
 * (light bars), projections and targets falling inside the covered years (hatched markers),
 * full-year figures derived from the seed's growth rates (hollow markers), and dated events.
 * Years without a figure stay empty. `{ events: false }` leaves the events (and their sources) out.
 *
 * @example tradeTrendSpec(chinaKazakhstan).categories[0] // → "2000"
 */
export function tradeTrendSpec(d: Dataset, opts: TimeAxisOptions = {}): ChartSpec {
  const trade = observationsOf(d, 'trade-turnover');
  const years = yearSpan(d, 'trade-turnover');
  const categories = years.map(String);
  const at = (year: number) => years.indexOf(year);
  const blank = () => categories.map(() => null as number | null);
  const usedSources: string[] = [];
  const series: SeriesSpec[] = [];

  for (const side of SIDES) {
    // One figure per year and side (the agency's when there are two); the table shows every one.
    const obs = annualBySide(d, 'trade-turnover', side);
    const { values, notes } = alignByYear(obs, categories, note);
    usedSources.push(...obs.map((o) => o.sourceId));
    series.push({
      id: `annual-${side.toLowerCase()}`,
      name: sideName[side],
      mark: 'bar',
      kind: 'reported',
      color: sideColor[side],
      values,
      notes,
      statisticLabel: sideName[side],
    });
  }

  const halves = trade.filter((o) => o.period.type === 'half');
  if (halves.length > 0) {
    const values = blank();
    const notes = blank() as (string | null)[];
    for (const o of halves) {
      values[at(o.period.year)] = o.value;
      notes[at(o.period.year)] =
        `H${o.period.type === 'half' ? o.period.half : ''} ${o.period.year}, ${note(o)}`;
      usedSources.push(o.sourceId);
    }
    series.push({
      id: 'first-half',
      name: 'First half of the year (H1)',
      mark: 'bar',
      kind: 'half-year',
      color: sideColor.unstated,
      values,
      notes,
      statisticLabel: [...new Set(halves.map((o) => formatStatistic(o.statistic)))].join(', '),
    });
  }

  const estimates = deriveSeedFigures(d).filter(
    (f) => f.unit === 'usd-bn' && f.period.type === 'year' && f.fn !== 'annualiseHalfYearNaive',
  );
  if (estimates.length > 0) {
    const values = blank();
    const notes = blank() as (string | null)[];
    for (const f of estimates) {
      values[at(f.period.year)] = f.value;
      notes[at(f.period.year)] = `${f.label}: ${f.formula}`;
    }
    series.push({
      id: 'derived-full-year',
      name: 'Derived full-year estimate',
      mark: 'point',
      kind: 'estimate',
      color: sideColor.unstated,
      values,
      notes,
      statisticLabel: 'Computed from unstated statistics',
    });
  }

  for (const t of d.targets) {
    if (t.series !== 'trade-turnover' || t.period?.type !== 'year' || at(t.period.year) < 0)
      continue;
    const values = blank();
    values[at(t.period.year)] = t.value;
    series.push({
      id: t.id,
      name: `${formatQualified(t.value, t.unit, t.qualifier)} for ${t.period.year} (${t.who}, ${formatPartialDate(t.announced)})`,
      mark: 'point',
      kind: 'projection',
      color: projectionColor,
      values,
      notes: values.map((v) => (v === null ? null : `${t.kind}: “${t.quote}”`)),
    });
    usedSources.push(t.sourceId);
  }

  const showEvents = opts.events !== false;
  const annotations = showEvents ? eventAnnotations(d, categories) : [];
  if (showEvents) chartEvents(d).forEach((e) => usedSources.push(...e.sourceIds));
  const { sources, sourceLine } = chartSources(d, usedSources);
  return {
    id: 'trade-trend',
    title: `${d.partners.join('–')} trade turnover, ${years[0]}–${years.at(-1)}`,
    subtitle:
      'US$ bn. Bars: reported, by whose statistics; light bar: first half only; hollow: derived estimate; hatched: projection or target. Empty years: no figure found.',
    categories,
    xLabel: 'Year',
    yLabel: 'US$ bn',
    valueFormat: 'usd-bn',
    series,
    annotations,
    sourceLine,
    sources,
    notes: [
      'Chinese and Kazakh statistics differ by billions; they are separate bars, never one line.',
      ...estimates.map((f) => `${f.label}: ${f.formula}`),
    ],
  };
}
