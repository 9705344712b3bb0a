import type { Dataset, Source } from '@/data/types';
import { formatPartialDate, formatPeriod } from './periods';
import { formatQualified, formatStatedGrowth, formatStatistic, formatValue } from './format';
import { formatSeries, seriesPage } from './series-names';

/** What kind of record cites a source. */
export type CitationKind =
  | 'observation'
  | 'growth-statement'
  | 'product'
  | 'checkpoint'
  | 'target'
  | 'event'
  | 'pipeline'
  | 'gas-fact'
  | 'conflict';

/** One record that relies on a source, and where in the app it shows. */
export interface Citation {
  kind: CitationKind;
  /** The record's id, also its anchor on the page it shows on. */
  id: string;
  /** The record as a reader would recognise it: "Trade turnover 2006: $8.36bn (Unstated)". */
  label: string;
  /** The page and anchor where the record shows, e.g. "/trade#trade-2006-unstated". */
  href: string;
}

/** A source with every record that cites it, in dataset order. */
export interface SourceCitations {
  source: Source;
  citations: Citation[];
}

/**
 * Every source with the records that cite it: observations, growth statements and products
 * (trade on /trade, oil and gas on /energy), running totals (/energy), targets (/projections),
 * events (/events), pipeline sections and gas pipeline facts (/energy), and conflicts that quote
 * a passage of it (/sources/conflicts). Sources keep dataset order; a source nothing cites gets
 * an empty list.
 *
 * @example citationsBySource(d)[0].citations[0]
 * // → { kind: 'observation', id: 'trade-2006-unstated', href: '/trade#trade-2006-unstated',
 * //     label: 'Trade turnover 2006: $8.36bn (Unstated)' }
 */
export function citationsBySource(d: Dataset): SourceCitations[] {
  const bySource = new Map<string, Citation[]>(d.sources.map((s) => [s.id, []]));
  const cite = (sourceId: string, c: Citation) => bySource.get(sourceId)?.push(c);

  for (const o of d.observations) {
    cite(o.sourceId, {
      kind: 'observation',
      id: o.id,
      label: `${formatSeries(o.series)} ${formatPeriod(o.period)}: ${formatQualified(o.value, o.unit, o.qualifier)} (${formatStatistic(o.statistic)})`,
      href: `${seriesPage(o.series)}#${o.id}`,
    });
  }
  for (const g of d.growthStatements ?? []) {
    cite(g.sourceId, {
      kind: 'growth-statement',
      id: g.id,
      label: `${formatSeries(g.series)} ${formatPeriod(g.period)}: ${formatStatedGrowth(g.statedGrowth)}, no level stated (${formatStatistic(g.statistic)})`,
      href: `${seriesPage(g.series)}#${g.id}`,
    });
  }
  for (const p of d.products ?? []) {
    cite(p.sourceId, {
      kind: 'product',
      id: p.id,
      label: `${formatSeries(p.series)}, ${p.product}, ${formatPeriod(p.period)}: ${p.valueUsdBn === undefined ? 'no level stated' : formatQualified(p.valueUsdBn, 'usd-bn')}${p.statedGrowth ? ` (${formatStatedGrowth(p.statedGrowth)})` : ''}`,
      href: `/trade#${p.id}`,
    });
  }
  for (const c of d.cumulative ?? []) {
    cite(c.sourceId, {
      kind: 'checkpoint',
      id: c.id,
      label: `${formatSeries(c.series)}, running total to ${formatPartialDate(c.through)}: ${formatQualified(c.value, c.unit, c.qualifier)}`,
      href: `/energy#${c.id}`,
    });
  }
  for (const t of d.targets) {
    const by = t.announcedQualifier === 'by' ? 'by ' : '';
    const when = t.period ? `for ${formatPeriod(t.period)}` : 'with no target year';
    cite(t.sourceId, {
      kind: 'target',
      id: t.id,
      label: `${t.kind === 'projection' ? 'Projection' : 'Target'}: ${formatQualified(t.value, t.unit, t.qualifier)} ${when} (${t.who}, announced ${by}${formatPartialDate(t.announced)})`,
      href: `/projections#${t.id}`,
    });
  }
  for (const e of d.events) {
    const when = e.end
      ? `${formatPartialDate(e.start)} – ${formatPartialDate(e.end)}`
      : formatPartialDate(e.start);
    for (const sourceId of new Set(e.sourceIds)) {
      cite(sourceId, {
        kind: 'event',
        id: e.id,
        label: `Event, ${when}: ${e.title}`,
        href: `/events#${e.id}`,
      });
    }
  }
  for (const p of d.pipelines ?? []) {
    for (const sourceId of new Set(p.sourceIds)) {
      cite(sourceId, {
        kind: 'pipeline',
        id: p.id,
        label: `Oil pipeline section ${p.name}: ${formatValue(p.lengthKm, 'km')}, ${formatValue(p.designCapacityMtPerYear, 'mt-per-year')} design`,
        href: `/energy#${p.id}`,
      });
    }
  }
  for (const g of d.gasPipeline ?? []) {
    const value = g.value !== undefined && g.unit ? `: ${formatValue(g.value, g.unit)}` : '';
    const date = g.date ? ` (${formatPartialDate(g.date)})` : '';
    cite(g.sourceId, {
      kind: 'gas-fact',
      id: g.id,
      label: `Gas pipeline: ${g.what}${value}${date}`,
      href: `/energy#${g.id}`,
    });
  }
  for (const c of d.conflicts ?? []) {
    for (const sourceId of new Set(
      c.claims.flatMap((x) => ('sourceId' in x ? [x.sourceId] : [])),
    )) {
      cite(sourceId, {
        kind: 'conflict',
        id: c.id,
        label: `Conflict: ${c.topic}`,
        href: `/sources/conflicts#${c.id}`,
      });
    }
  }
  return d.sources.map((source) => ({ source, citations: bySource.get(source.id) ?? [] }));
}
