import type { Dataset, Observation } from '@/data/types';
import { formatPct, formatQualified, formatStatistic, formatUsdBn } from '../format';
import { formatUsdBnDifference } from '../format-difference';
import { formatPartialDate, parsePartialDate } from '../periods';
import { summariseStatus, trackTargets } from '../projections';
import { annualBySide, SIDES } from '../side-series';
import { alignByYear } from './align';
import { projectionColor, sideColor, sideName } from './palette';
import { chartSources } from './sources';
import type { ChartSpec, SeriesSpec } from './spec';
import { eventLayer, type TimeAxisOptions } from './time-axis';

export interface ProjectionsChartOptions extends TimeAxisOptions {
  /** The day statuses are judged on (pending until the target year has ended). */
  today: Date;
}

const note = (o: Observation) => `${formatStatistic(o.statistic)}: ${o.reportedBy}`;

/**
 * The projections chart: the actual trade path per whose-statistics (lines; a year without a
 * figure is a gap), each dated target as a marker at its target year named with its status as
 * of `today` ("$12bn for 2008, Nursultan Nazarbayev — beaten (Kazakh officials)"), and a dashed
 * connector at the target's level from the year it was announced to its target year. Targets
 * with no year are listed in the notes, not plotted. Events are marked unless `events: false`.
 *
 * @example projectionsSpec(d, { today: new Date('2025-06-01') }).categories.at(-1) // → "2030"
 */
export function projectionsSpec(d: Dataset, opts: ProjectionsChartOptions): ChartSpec {
  const series = 'trade-turnover' as const;
  const rows = trackTargets(d, opts.today);
  const paths = SIDES.map((side) => ({ side, obs: annualBySide(d, series, side, opts.today) }));
  const targets = d.targets.filter((t) => t.series === series);
  const announcedYear = (a: string) => parsePartialDate(a)?.start.getUTCFullYear() ?? null;
  const years = [
    ...paths.flatMap((p) => p.obs.map((o) => o.period.year)),
    ...targets.flatMap((t) => (t.period ? [t.period.year] : [])),
    ...targets.flatMap((t) => (t.period ? [announcedYear(t.announced) ?? t.period.year] : [])),
  ];
  const first = years.length > 0 ? Math.min(...years) : 0;
  const last = years.length > 0 ? Math.max(...years) : -1;
  const categories = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  const at = (year: number) => year - first;
  const blank = () => categories.map(() => null as number | null);
  const out: SeriesSpec[] = [];
  const usedSources: string[] = [];

  for (const { side, obs } of paths) {
    if (obs.length === 0) continue;
    const { values, notes } = alignByYear(obs, categories, note);
    usedSources.push(...obs.map((o) => o.sourceId));
    out.push({
      id: `actual-${side.toLowerCase()}`,
      name: `Actual, ${sideName[side]}`,
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
        `${formatUsdBn(t.value)} (${t.who}, ${formatPartialDate(t.announced)}) has no target year, so it is open-ended and not plotted.`,
      );
      continue;
    }
    const year = t.period.year;
    const targetRows = rows.filter((r) => r.target.id === t.id);
    const values = blank();
    const notes = blank() as (string | null)[];
    values[at(year)] = t.value;
    notes[at(year)] = targetRows
      .map((r) =>
        r.actual && r.variance
          ? `${formatStatistic(r.actual.statistic)} ${formatUsdBn(r.actual.value)}: ${formatUsdBnDifference(r.variance.absolute, [r.actual.value, t.value], { sign: true })} (${formatPct(r.variance.pct, { sign: true })})`
          : `${t.kind}: “${t.quote}”`,
      )
      .join('; ');
    out.push({
      id: t.id,
      name: `${formatQualified(t.value, t.unit, t.qualifier)} for ${year}, ${t.who} — ${summariseStatus(targetRows)}`,
      mark: 'point',
      kind: 'projection',
      color: projectionColor,
      values,
      notes,
    });
    const from = announcedYear(t.announced);
    if (from === null || from >= year) continue;
    const connector = blank();
    connector[at(from)] = t.value;
    connector[at(year)] = t.value;
    const by = t.announcedQualifier === 'by' ? 'by ' : '';
    out.push({
      id: `${t.id}-connector`,
      name: `${formatQualified(t.value, t.unit, t.qualifier)} for ${year}: announced ${by}${formatPartialDate(t.announced)}`,
      mark: 'line',
      kind: 'projection',
      color: projectionColor,
      values: connector,
      notes: connector.map((v, i) =>
        v === null
          ? null
          : i === at(from)
            ? `Announced ${by}${formatPartialDate(t.announced)}`
            : `Target year ${year}`,
      ),
      connectGaps: true,
    });
  }

  const events = eventLayer(d, categories, opts);
  const { sources, sourceLine } = chartSources(d, [...usedSources, ...events.sourceIds]);
  return {
    id: 'projections',
    title: `${d.partners.join('–')} trade: targets against what happened`,
    subtitle:
      'US$ bn. Lines: reported turnover by whose statistics (a break is a year with no figure). Diamonds: a target at its target year, named with its outcome; dashed: from the year it was announced.',
    categories,
    xLabel: 'Year',
    yLabel: 'US$ bn',
    valueFormat: 'usd-bn',
    series: out,
    annotations: events.annotations,
    sourceLine,
    sources,
    notes: [
      'Outcomes are judged per statistic: beaten above +2%, met within ±2%, missed below −2%; pending until the target year ends; no data when no statistic reports it.',
      'A connector runs at the target’s level; it is not a forecast path.',
      ...openEnded,
    ],
  };
}
