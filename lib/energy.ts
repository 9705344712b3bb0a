/**
 * Oil pipeline sections, crude shipped through them, and the gas pipeline facts, ordered and
 * summed for the energy page and its charts.
 */
import type {
  Dataset,
  GasPipelineFact,
  Observation,
  PartialIsoDate,
  PipelineSection,
  SeriesId,
} from '@/data/types';
import { parsePartialDate } from './periods';
import { observationsOf } from './select';
import { preferredObservation } from './side-series';

/**
 * A milestone that says oil flows through the section. "Launched" and "Completed" are left out:
 * a section can be launched or finished months before it carries oil.
 */
export const IN_SERVICE_PATTERN = /\b(on stream|first oil|test oil)\b/i;

/** A pipeline section and the milestone taken as its entry into service. */
export interface SectionInService {
  section: PipelineSection;
  /** The first milestone matching `IN_SERVICE_PATTERN`; null when none does. */
  inService: { date: PartialIsoDate; what: string } | null;
}

/**
 * Each pipeline section with its in-service milestone: the earliest (by date) whose text matches
 * `IN_SERVICE_PATTERN`. Dataset order; sections without such a milestone get null.
 *
 * @example sectionsInService(d).map((s) => s.inService?.date) // → ['2003', '2006-05-25', '2009-07-01']
 */
export function sectionsInService(d: Dataset): SectionInService[] {
  return (d.pipelines ?? []).map((section) => {
    const candidates = section.milestones
      .map((m) => ({ m, start: parsePartialDate(m.date)?.start.getTime() }))
      .filter(
        (x): x is { m: (typeof section.milestones)[number]; start: number } =>
          x.start !== undefined && IN_SERVICE_PATTERN.test(x.m.what),
      )
      .sort((a, b) => a.start - b.start);
    return { section, inService: candidates[0]?.m ?? null };
  });
}

/** One year of the capacity step chart. */
export interface CapacityStep {
  year: number;
  /** Sum of the design capacities of sections in service by the end of the year, Mt/yr. */
  cumulativeDesignMtPerYear: number;
  /** Sections entering service that year. */
  added: PipelineSection[];
}

/**
 * Cumulative design capacity by year, in Mt/yr: every year from the first to the last
 * in-service year, each with the sum of the design capacities of sections in service by then.
 * The sections are stages of one route, so the sum is capacity built, not what the route can
 * carry end to end. Sections without an in-service milestone are left out. Empty without any.
 *
 * @example capacitySteps(d).map((s) => [s.year, s.cumulativeDesignMtPerYear])
 * // → [[2003, 6], [2004, 6], [2005, 6], [2006, 26], [2007, 26], [2008, 26], [2009, 46]]
 */
export function capacitySteps(d: Dataset): CapacityStep[] {
  const dated = sectionsInService(d).flatMap(({ section, inService }) => {
    const start = inService ? parsePartialDate(inService.date) : null;
    return start ? [{ section, year: start.start.getUTCFullYear() }] : [];
  });
  if (dated.length === 0) return [];
  const years = dated.map((x) => x.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const steps: CapacityStep[] = [];
  let total = 0;
  for (let year = first; year <= last; year++) {
    const added = dated.filter((x) => x.year === year).map((x) => x.section);
    total += added.reduce((sum, s) => sum + s.designCapacityMtPerYear, 0);
    steps.push({ year, cumulativeDesignMtPerYear: total, added });
  }
  return steps;
}

/** Crude shipped by year: the reported figures and the years between them without one. */
export interface CrudeShipped {
  /** Every year from the first to the last reported year. */
  years: number[];
  /** One annual figure per year, oldest first, Mt: `preferredObservation` picks among several. */
  observations: Observation[];
  /** Every figure of the series, annual and partial-year, in period order (for the table). */
  allObservations: Observation[];
  /** Years in `years` with no figure: gaps, never filled. */
  missingYears: number[];
}

/**
 * One figure per year of a series, whoever reports it (energy flows are physical volumes, so
 * sides do not compete): `preferredObservation` picks among a year's figures (the agency's, an
 * exact one before a bounded one, the latest publication). Oldest first; partial years are
 * left out.
 *
 * @example annualFlow(d, 'crude-oil-via-pipeline')[0].value // → 1.76 (CNPC, 2011, over the 1.7 of 2007)
 */
export function annualFlow(d: Dataset, series: SeriesId): Observation[] {
  const byYear = new Map<number, Observation[]>();
  for (const o of observationsOf(d, series)) {
    if (o.period.type !== 'year') continue;
    byYear.set(o.period.year, [...(byYear.get(o.period.year) ?? []), o]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([, list]) => {
      const o = preferredObservation(d, list);
      return o ? [o] : [];
    });
}

/**
 * The crude-oil-via-pipeline series: one annual figure per year (`annualFlow`), every figure for
 * the table, the span of years the annual figures cover and the years inside it without one.
 * Empty lists when the series has no annual figure.
 *
 * @example crudeShipped(d).missingYears.slice(0, 3) // → [2010, 2012, 2014]
 */
export function crudeShipped(d: Dataset): CrudeShipped {
  const observations = annualFlow(d, 'crude-oil-via-pipeline');
  const allObservations = observationsOf(d, 'crude-oil-via-pipeline');
  if (observations.length === 0)
    return { years: [], observations, allObservations, missingYears: [] };
  const reported = new Set(observations.map((o) => o.period.year));
  const first = Math.min(...reported);
  const last = Math.max(...reported);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return {
    years,
    observations,
    allObservations,
    missingYears: years.filter((y) => !reported.has(y)),
  };
}

/**
 * Gas pipeline facts with a date first, in date order, then undated facts in dataset order.
 *
 * @example gasFactsInOrder(d)[0].id // → 'gas-agreement-signed' (18 Aug 2007)
 */
export function gasFactsInOrder(d: Dataset): GasPipelineFact[] {
  const facts = d.gasPipeline ?? [];
  const startOf = (f: GasPipelineFact) =>
    f.date === undefined ? null : (parsePartialDate(f.date)?.start.getTime() ?? null);
  const dated = facts
    .filter((f) => startOf(f) !== null)
    .sort((a, b) => (startOf(a) ?? 0) - (startOf(b) ?? 0));
  return [...dated, ...facts.filter((f) => startOf(f) === null)];
}
