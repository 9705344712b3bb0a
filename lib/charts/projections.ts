import type { ChartSpec, SeriesSpec } from 'chart-render';
import type { Dataset, Observation } from '@/data/types';
import { formatStatistic, formatUsdBn } from '../format';
import { formatPartialDate, parsePartialDate } from '../periods';
import { trackTargets } from '../projections';
import { annualBySide, SIDES } from '../side-series';
import { alignByYear, yearFrame } from './axis';
import { eventLayer, type TimeAxisOptions } from './events';
import { projectionColor, sideColor, sideName } from './palette';
import { chartSources } from './sources';
import { targetLabelLong, targetWho } from './target-labels';
import { TRADE_EVENT_CATEGORIES } from './trade-trend';

export interface ProjectionsChartOptions extends TimeAxisOptions {
  /** The day statuses are judged on (pending until the target year has ended). */
  today: Date;
}

const note = (o: Observation) => `${formatStatistic(o.statistic)}: ${o.reportedBy}`;

/**
 * The targets chart answers "what was promised, by whom, for when, and did it happen": the
 * actual trade path per whose-statistics (lines, a break where a year has no figure, each named
 * at its end), and each dated target as a diamond at its target year, labelled with who set it,
 * when, and its outcome as of `today` with the actual and the variance; a dashed line at the
 * target's level runs from the year it was announced. Targets without a year are in the notes.
 *
 * @example projectionsSpec(d, { today: new Date('2025-06-01') }).categories.at(-1) // → "2030"
 */
export function projectionsSpec(d: Dataset, opts: ProjectionsChartOptions): ChartSpec {
  const rows = trackTargets(d, opts.today);
  const paths = SIDES.map((side) => ({
    side,
    obs: annualBySide(d, 'trade-turnover', side, opts.today),
  }));
  const targets = d.targets.filter((t) => t.series === 'trade-turnover');
  const announcedYear = (a: string) => parsePartialDate(a)?.start.getUTCFullYear() ?? null;
  const years = [
    ...paths.flatMap((p) => p.obs.map((o) => o.period.year)),
    ...targets.flatMap((t) =>
      t.period ? [t.period.year, announcedYear(t.announced) ?? t.period.year] : [],
    ),
  ];
  const frame = yearFrame(Math.min(...years), Math.max(...years));
  const out: SeriesSpec[] = [];
  const usedSources: string[] = [];

  for (const { side, obs } of paths) {
    if (obs.length === 0) continue;
    const { values, notes } = alignByYear(obs, frame, note);
    usedSources.push(...obs.map((o) => o.sourceId));
    out.push({
      id: `actual-${side.toLowerCase()}`,
      name: `Actual, ${sideName[side]}`,
      label: sideName[side],
      mark: 'line',
      kind: 'reported',
      color: sideColor[side],
      values,
      notes,
      statisticLabel: sideName[side],
    });
  }

  const openEnded: string[] = [];
  for (const t of targets) {
    usedSources.push(t.sourceId);
    if (!t.period) {
      openEnded.push(
        `${formatUsdBn(t.value)} (${targetWho(t)}, ${formatPartialDate(t.announced)}) has no target year: open-ended, so it is not plotted.`,
      );
      continue;
    }
    const year = t.period.year;
    const i = frame.at(year);
    const label = targetLabelLong(
      t,
      rows.filter((r) => r.target.id === t.id),
    );
    const values = frame.blank();
    values[i] = t.value;
    out.push({
      id: t.id,
      name: label.replace('\n', ' — '),
      label: null,
      mark: 'point',
      kind: 'projection',
      color: projectionColor,
      values,
      notes: values.map((v) => (v === null ? null : `${t.kind}: “${t.quote}”`)),
      pointLabels: values.map((v) => (v === null ? null : label)),
    });
    const from = announcedYear(t.announced);
    if (from === null || from >= year) continue;
    const connector = frame.blank();
    connector[frame.at(from)] = t.value;
    connector[i] = t.value;
    const by = t.announcedQualifier === 'by' ? 'by ' : '';
    out.push({
      id: `${t.id}-connector`,
      name: `${formatUsdBn(t.value)} for ${year}: announced ${by}${formatPartialDate(t.announced)}`,
      label: null,
      mark: 'line',
      kind: 'projection',
      color: projectionColor,
      values: connector,
      notes: connector.map((v, k) =>
        v === null
          ? null
          : k === frame.at(from)
            ? `Announced ${by}${formatPartialDate(t.announced)}`
            : `Target year ${year}`,
      ),
      connectGaps: true,
    });
  }

  const axis = [frame.years[0]!, frame.years.at(-1)! + 1] as const;
  const events = eventLayer(d, axis, opts, TRADE_EVENT_CATEGORIES);
  const { sources, sourceLine } = chartSources(d, [...usedSources, ...events.sourceIds]);
  return {
    id: 'projections',
    title: `${d.partners.join('–')} trade: targets against what happened`,
    subtitle:
      'US$ bn a year. Each target sits at its year with who set it and how it turned out; its dashed line starts in the year it was announced.',
    categories: frame.categories,
    bands: frame.bands,
    xLabel: 'Year',
    yLabel: 'US$ bn',
    valueFormat: 'usd-bn',
    series: out,
    kindText: { projection: 'target' },
    events: events.events,
    sourceLine,
    sources,
    notes: [
      'Outcomes are judged per statistic: beaten above +2%, met within ±2%, missed below −2%; pending until the target year ends; no data when no statistic reports it.',
      ...openEnded,
    ],
  };
}
