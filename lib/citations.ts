import type { Dataset, Source } from '@/data/types';
import { formatPartialDate, formatPeriod } from './periods';
import { formatStatistic, formatUsdBn, formatValue } from './format';

/** What kind of record cites a source. */
export type CitationKind = 'observation' | 'target' | 'event' | 'pipeline' | 'gas-fact';

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

const SERIES_LABEL = {
  'trade-turnover': 'Trade turnover',
  'crude-oil-via-pipeline': 'Crude oil shipped through the pipeline',
} as const;

/**
 * Every source with the records that cite it: observations (trade on /trade, crude on
 * /energy), targets (/projections), events (/trade, where the events are listed), pipeline
 * sections and gas pipeline facts (/energy). Sources keep dataset order; a source nothing cites
 * gets an empty list.
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
      label: `${SERIES_LABEL[o.series]} ${formatPeriod(o.period)}: ${formatValue(o.value, o.unit)} (${formatStatistic(o.statistic)})`,
      href: `${o.series === 'trade-turnover' ? '/trade' : '/energy'}#${o.id}`,
    });
  }
  for (const t of d.targets) {
    const by = t.announcedQualifier === 'by' ? 'by ' : '';
    const when = t.period ? `for ${formatPeriod(t.period)}` : 'with no target year';
    cite(t.sourceId, {
      kind: 'target',
      id: t.id,
      label: `${t.kind === 'projection' ? 'Projection' : 'Target'}: ${t.unit === 'usd-bn' ? formatUsdBn(t.value) : formatValue(t.value, t.unit)} ${when} (${t.who}, announced ${by}${formatPartialDate(t.announced)})`,
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
        href: `/trade#${e.id}`,
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
  return d.sources.map((source) => ({ source, citations: bySource.get(source.id) ?? [] }));
}
