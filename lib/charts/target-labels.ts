import type { Target } from '@/data/types';
import { formatPct, formatQualified, formatStatistic } from '../format';
import { formatPartialDate } from '../periods';
import { formatTargetStatus, type TrackerRow } from '../projections';

/** Who set a target, as a chart names them: "Nazarbayev", "heads of state". */
export function targetWho(t: Target): string {
  return t.whoShort ?? t.who;
}

/**
 * A target's label on a chart, in one line: what was promised, for when, by whom, and how it
 * turned out ("$12bn for 2008 · Nazarbayev · beaten"). Several statistics with different outcomes
 * are all named ("beaten (Chinese customs), missed (Kazakh statistics)").
 *
 * @example targetLabel(t2008, rows) // → "$12bn for 2008 · Nazarbayev · beaten"
 */
export function targetLabel(t: Target, rows: readonly TrackerRow[]): string {
  const statuses = [...new Set(rows.map((r) => r.status))];
  const outcome =
    statuses.length === 1
      ? formatTargetStatus(statuses[0]!)
      : rows
          .map(
            (r) =>
              `${formatTargetStatus(r.status)}${r.actual ? ` (${formatStatistic(r.actual.statistic)})` : ''}`,
          )
          .join(', ');
  const when = t.period ? ` for ${t.period.year}` : '';
  return `${formatQualified(t.value, t.unit, t.qualifier)}${when} · ${targetWho(t)} · ${outcome}`;
}

/**
 * A target's label on the targets chart, in two lines: the promise with who and when it was made,
 * then the outcome with the actual figure and variance per statistic
 * ("$12bn for 2008 · Nazarbayev, Aug 2007" / "beaten: $17.5bn, +45.8% (Kazakh officials)").
 *
 * @example targetLabelLong(t2008, rows) // → "$12bn for 2008 · Nazarbayev, 18 Aug 2007\nbeaten: $17.5bn, +45.8% (Kazakh officials)"
 */
export function targetLabelLong(t: Target, rows: readonly TrackerRow[]): string {
  const by = t.announcedQualifier === 'by' ? 'by ' : '';
  const head = `${formatQualified(t.value, t.unit, t.qualifier)}${t.period ? ` for ${t.period.year}` : ''} · ${targetWho(t)}, ${by}${formatPartialDate(t.announced)}`;
  const outcomes = rows.map((r) =>
    r.status !== 'pending' && r.actual && r.variance
      ? `${formatTargetStatus(r.status)}: ${formatQualified(r.actual.value, r.actual.unit, r.actual.qualifier)}, ${formatPct(r.variance.pct, { sign: true })} (${formatStatistic(r.actual.statistic)})`
      : r.status === 'no-data' && t.period
        ? `no figure for ${t.period.year}`
        : formatTargetStatus(r.status),
  );
  return [head, ...new Set(outcomes)].join('\n');
}
