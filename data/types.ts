/**
 * The typed metrics module: records with their sources, no arithmetic.
 * Derived numbers live in lib/; this file only says what a record is.
 */

/** A calendar date with the precision its source gave: `2007`, `2007-08` or `2007-08-18`. */
export type PartialIsoDate = string;

/**
 * Whose figure it is. Each side has four tiers, most authoritative first (see
 * `STATISTIC_PREFERENCE` in lib/side-series): its statistics agency, a ministry, an official, and
 * media. Chinese and Kazakh figures differ by billions: they are never mixed.
 */
export type Statistic =
  /** China's General Administration of Customs, named as such by the source. */
  | 'cn-customs'
  /** China's Ministry of Commerce (MOFCOM), named as such by the source. */
  | 'cn-ministry'
  /** A Chinese official or diplomat quoting a figure without naming the statistic. */
  | 'cn-official'
  /**
   * Chinese media (or a page attributing the figure to China) that name no statistic; the figure
   * counts on China's side because of who reports it, not because a statistic is named.
   */
  | 'cn-media'
  /** Kazakhstan's statistics committee or bureau, named as such by the source. */
  | 'kz-stat'
  /** A Kazakh ministry (economy, trade), named as such by the source. */
  | 'kz-ministry'
  /** A Kazakh official quoting a figure without naming the statistic. */
  | 'kz-official'
  /** Kazakh media (or a page attributing the figure to Kazakhstan) that name no statistic. */
  | 'kz-media'
  /** The source did not say whose statistics it used, and it is neither side's official or media. */
  | 'unstated';

/**
 * A word that bounds a figure, kept as the source wrote it: "more than 10.8" (`more-than`, also
 * "exceeded", 突破, 超), "about 31.5" (`about`), "almost $2bn" (`almost`), "nearly 14.5" (`nearly`).
 */
export type Qualifier = 'more-than' | 'about' | 'almost' | 'nearly';

export type Unit =
  /** US dollars, billions (10^9). */
  | 'usd-bn'
  /** Million tonnes. */
  | 'mt'
  /** Billion cubic metres (a volume of gas). */
  | 'bcm'
  /** Million tonnes per year (pipeline capacity). */
  | 'mt-per-year'
  /** Billion cubic metres per year (gas pipeline capacity). */
  | 'bcm-per-year'
  /** Kilometres. */
  | 'km';

/** A named time series; one module may hold several (trade turnover, crude shipped, …). */
export type SeriesId =
  /** Bilateral trade turnover, both directions together. */
  | 'trade-turnover'
  /** Goods from China to Kazakhstan: China's exports, Kazakhstan's imports. */
  | 'trade-cn-to-kz'
  /** Goods from Kazakhstan to China: Kazakhstan's exports, China's imports. */
  | 'trade-kz-to-cn'
  /** Crude oil through the Kazakhstan–China pipeline into China (throughput, any origin). */
  | 'crude-oil-via-pipeline'
  /** Kazakh crude oil exported to China by any route (China's crude imports from Kazakhstan). */
  | 'crude-exports-kz-to-cn'
  /** China's crude imports through the Alataw Pass, pipeline and rail, from Kazakhstan and Russia. */
  | 'crude-via-alataw-pass'
  /** Russian crude in transit through Kazakhstan to China. */
  | 'russian-oil-transit-to-cn'
  /** Russian crude in transit through Kazakhstan to China and Uzbekistan together. */
  | 'russian-oil-transit-to-cn-uz'
  /**
   * Gas through the Central Asia–China pipeline, every supplier: delivered to China, or carried
   * through its Kazakh section (all of it crosses Kazakhstan).
   */
  | 'gas-via-central-asia-pipeline'
  /** Kazakhstan's own gas exported to China (not transit). */
  | 'gas-exports-kz-to-cn';

/** A month of the year, 1 = January. */
export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/** A reporting period. Turned into a date-fns `Interval` by `periodInterval` in lib/periods. */
export type Period =
  | { type: 'year'; year: number }
  | { type: 'half'; year: number; half: 1 | 2 }
  | { type: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  /**
   * Whole months within one year that are not a half or a quarter: Jan–Apr 2017 is
   * `{ firstMonth: 1, lastMonth: 4 }`, "9 months" is 1–9, one month (Oct 2013) is 10–10.
   */
  | { type: 'months'; year: number; firstMonth: Month; lastMonth: Month }
  /** Days within one year, both inclusive: 1 Jan–14 Jul 2014. */
  | {
      type: 'days';
      year: number;
      first: { month: Month; day: number };
      last: { month: Month; day: number };
    };

export interface Source {
  id: string;
  /**
   * The page's own title, as its stored copy shows it (original language); null when no copy of
   * the page was found or the copy shows no title. Never made up: a page without a known title is shown by publisher, date
   * and URL.
   */
  title: string | null;
  /** The original publisher: for a copy, whoever first published the item (e.g. Xinhua). */
  publisher: string;
  url: string;
  /** Set when `url` is a copy of an item first published elsewhere: the copy's domain. */
  copyAt?: string;
  /** Publication date as precise as known; null when the page gives none. */
  published: PartialIsoDate | null;
  /** The passage the dataset relies on, verbatim (original language where not English). */
  quote: string;
  /** How the stored copy relates to the original, or what the page is. */
  note?: string;
}

/** A growth rate as the source stated it, in percent. */
export interface StatedGrowth {
  pct: number;
  /** What the rate is measured against. */
  basis: 'previous-year' | 'same-period-previous-year';
  /** `more-than` for "over 12%", `almost` for "almost a quarter"; absent for an exact figure. */
  qualifier?: 'more-than' | 'almost';
  /** The rate in the source's own words when it gave no number ("almost a quarter"). */
  words?: string;
}

/** A figure a source reports for a period. Derived estimates are computed in lib/, never stored. */
export interface Observation {
  id: string;
  series: SeriesId;
  period: Period;
  value: number;
  /** A word bounding the value ("more than", "about", …); absent for an exact figure. */
  qualifier?: Qualifier;
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
  /** "more than $20 billion" is expected: `more-than`. */
  qualifier?: Qualifier;
  unit: Unit;
  /** The period the target is for; null when no year was given (open-ended). */
  period: Period | null;
  sourceId: string;
  quote: string;
  note?: string;
}

/** What an event is about; each chart picks the categories it marks. */
export type EventCategory = 'diplomacy' | 'trade' | 'energy' | 'security' | 'other';

export interface Event {
  id: string;
  start: PartialIsoDate;
  /** Last day of a multi-day event, inclusive. */
  end?: PartialIsoDate;
  title: string;
  category: EventCategory;
  sourceIds: string[];
  /** The passage dating the event, verbatim, when the reference records one. */
  quote?: string;
  note?: string;
}

/** A growth rate a source states for a period without giving the level ("up more than 30%"). */
export interface GrowthStatement {
  id: string;
  series: SeriesId;
  period: Period;
  statistic: Statistic;
  reportedBy: string;
  statedGrowth: StatedGrowth;
  sourceId: string;
  quote: string;
  note?: string;
}

/** One product's share of one direction of trade ("oil, US$4.1bn, 2022, Kazakhstan → China"). */
export interface ProductFigure {
  id: string;
  series: 'trade-kz-to-cn' | 'trade-cn-to-kz';
  period: Period;
  product: string;
  /** US$ bn; absent when the source states only a growth rate for the product. */
  valueUsdBn?: number;
  statistic: Statistic;
  statedGrowth?: StatedGrowth;
  sourceId: string;
  quote: string;
  note?: string;
}

/**
 * A running total a source states ("20.39 Mt since the line opened, to end-2009"). Not a flow:
 * lib/cumulative checks it against the flows of its series.
 */
export interface CumulativeCheckpoint {
  id: string;
  series: SeriesId;
  /** The last day the total covers, as precise as the source: `2009` is the end of 2009. */
  through: PartialIsoDate;
  /** Set when the total runs from the start of the flow: the year the series begins. */
  since?: PartialIsoDate;
  value: number;
  qualifier?: Qualifier;
  unit: Unit;
  statistic: Statistic;
  reportedBy: string;
  sourceId: string;
  quote: string;
  note?: string;
}

/** One side of a conflict: a record of the dataset, or a passage that is not a record. */
export type ConflictClaim =
  | { observationId: string }
  | { growthStatementId: string }
  | { checkpointId: string }
  | { targetId: string }
  | { eventId: string }
  | {
      sourceId: string;
      quote: string;
      /** What the passage says, in a few words ("$33bn for 2012, no source given"). */
      says: string;
    };

/**
 * Sources that disagree about one thing (a period's figure, a date), with what each says and
 * why they may differ. `foundBy` says who flagged it: the reference's list of conflicts, or the
 * dataset validator (a stated growth rate the levels contradict, figures of one side that
 * disagree beyond rounding, running totals that do not add up).
 */
export interface Conflict {
  id: string;
  /** What is disputed, e.g. "2013 turnover, Chinese side". */
  topic: string;
  kind:
    | 'rounding'
    | 'revision'
    | 'mirror-gap'
    | 'different-measure'
    | 'estimate-vs-outturn'
    | 'outlier'
    | 'two-events'
    | 'growth-vs-level'
    | 'cumulative';
  claims: ConflictClaim[];
  note: string;
  foundBy: 'reference' | 'validator';
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
  growthStatements?: GrowthStatement[];
  products?: ProductFigure[];
  cumulative?: CumulativeCheckpoint[];
  conflicts?: Conflict[];
}
