/**
 * The typed metrics module: records with their sources, no arithmetic.
 * Derived numbers live in lib/; this file only says what a record is.
 */

/** A calendar date with the precision its source gave: `2007`, `2007-08` or `2007-08-18`. */
export type PartialIsoDate = string;

/** Whose statistics a figure comes from. Chinese and Kazakh figures differ by billions. */
export type Statistic =
  /** China's General Administration of Customs, named as such by the source. */
  | 'cn-customs'
  /** A Chinese official or state medium quoting a figure without naming the statistic. */
  | 'cn-official'
  /** Kazakhstan's statistics agency or ministry, named as such by the source. */
  | 'kz-stat'
  /** A Kazakh official quoting a figure without naming the statistic. */
  | 'kz-official'
  /** The source did not say whose statistics it used. */
  | 'unstated';

export type Unit =
  /** US dollars, billions (10^9). */
  | 'usd-bn'
  /** Million tonnes. */
  | 'mt'
  /** Million tonnes per year (pipeline capacity). */
  | 'mt-per-year'
  /** Billion cubic metres per year (gas pipeline capacity). */
  | 'bcm-per-year'
  /** Kilometres. */
  | 'km';

/** A named time series; one module may hold several (trade turnover, crude shipped, …). */
export type SeriesId = 'trade-turnover' | 'crude-oil-via-pipeline';

/** A reporting period. Turned into a date-fns `Interval` by `periodInterval` in lib/periods. */
export type Period =
  | { type: 'year'; year: number }
  | { type: 'half'; year: number; half: 1 | 2 }
  | { type: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 };

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** Publication date as precise as known; null when the page gives none. */
  published: PartialIsoDate | null;
  /** The passage the dataset relies on, verbatim (original language where not English). */
  quote: string;
  /** How the stored copy relates to the original, e.g. "copy of a Chinanews item". */
  note?: string;
}

/** A growth rate as the source stated it, in percent. */
export interface StatedGrowth {
  pct: number;
  /** What the rate is measured against. */
  basis: 'previous-year' | 'same-period-previous-year';
  /** `more-than` for "over 12%"; absent for an exact figure. */
  qualifier?: 'more-than';
}

/** A figure a source reports for a period. Derived estimates are computed in lib/, never stored. */
export interface Observation {
  id: string;
  series: SeriesId;
  period: Period;
  value: number;
  unit: Unit;
  kind: 'reported';
  statistic: Statistic;
  /** Who gave the figure, as the source says (e.g. "Kazakh foreign minister Saudabaev"). */
  reportedBy: string;
  sourceId: string;
  quote: string;
  statedGrowth?: StatedGrowth;
  note?: string;
}

/** A promise about a future level: a leader's projection or an agreed target. */
export interface Target {
  id: string;
  /** `projection`: a forecast ("will reach"); `target`: a goal set ("to bring to"). */
  kind: 'projection' | 'target';
  series: SeriesId;
  announced: PartialIsoDate;
  /** Set when the source only bounds the date ("by November 2022"). */
  announcedQualifier?: 'by';
  who: string;
  /** `who` as a chart label names them ("Nazarbayev", "heads of state"); default `who`. */
  whoShort?: string;
  value: number;
  unit: Unit;
  /** The period the target is for; null when no year was given (open-ended). */
  period: Period | null;
  sourceId: string;
  quote: string;
  note?: string;
}

export interface Event {
  id: string;
  start: PartialIsoDate;
  /** Last day of a multi-day event, inclusive. */
  end?: PartialIsoDate;
  title: string;
  sourceIds: string[];
}

export interface PipelineSection {
  id: string;
  name: string;
  lengthKm: number;
  /** A second reported length, when sources disagree. */
  altLengthKm?: number;
  initialCapacityMtPerYear: number;
  designCapacityMtPerYear: number;
  milestones: { date: PartialIsoDate; what: string }[];
  sourceIds: string[];
  note?: string;
}

export interface GasPipelineFact {
  id: string;
  what: string;
  date?: PartialIsoDate;
  value?: number;
  unit?: Unit;
  sourceId: string;
  quote?: string;
}

export interface Dataset {
  id: string;
  title: string;
  /** The two economies, reporter-neutral, e.g. ["China", "Kazakhstan"]. */
  partners: readonly [string, string];
  sources: Source[];
  observations: Observation[];
  targets: Target[];
  events: Event[];
  pipelines?: PipelineSection[];
  gasPipeline?: GasPipelineFact[];
}
