/**
 * A chart, described once. Every surface (page, embed, SVG, PNG, PPTX, CSV) reads a ChartSpec
 * and none recomputes its numbers: the spec carries values, the engine only draws them.
 */

/** How a value came to be; each kind has one look on every surface (see encoding.ts). */
export type MarkKind =
  /** A full-period figure as a source reported it. */
  | 'reported'
  /** A part-year figure as reported (a first half): drawn light, never as a full year. */
  | 'half-year'
  /** A figure computed in lib/ from sourced numbers. */
  | 'estimate'
  /** A leader's forecast or an agreed goal. */
  | 'projection';

export const MARK_KINDS = ['reported', 'half-year', 'estimate', 'projection'] as const;

export type Mark = 'bar' | 'line' | 'point' | 'step';

export type ValueFormat = 'usd-bn' | 'pct' | 'mt' | 'mt-per-year' | 'bcm' | 'bcm-per-year';

/** Named series colours; each theme gives its own shade (see palette.ts). */
export type SeriesColor = 'red' | 'blue' | 'grey' | 'amber' | 'teal' | 'purple';

/**
 * Where a category sits on the time axis, in years: 2006 → { start: 2006, end: 2007 }; the first
 * half of 2007 → { start: 2007, end: 2007.5 }. `end` is exclusive.
 */
export interface TimeBand {
  start: number;
  end: number;
}

export interface SeriesSpec {
  id: string;
  /** The full name: data tables, CSV columns, PPTX sheet columns and screen readers. */
  name: string;
  /**
   * The name written on the plot beside the series' last mark (line end, last bar). Null: not
   * labelled, because the kind key already says what it is. Series sharing a label get it once.
   */
  label: string | null;
  mark: Mark;
  kind: MarkKind;
  color: SeriesColor;
  /** One value per category, aligned with `categories`; null is a gap, drawn as a gap. */
  values: (number | null)[];
  /** Optional per-value note (who said it, the formula), aligned with `values`. */
  notes?: (string | null)[];
  /** Whose statistics; shown in details, tables and exports. */
  statisticLabel?: string;
  /**
   * Labels written at individual values (a target: "$12bn for 2008 · Nazarbayev · beaten"),
   * aligned with `values`.
   */
  pointLabels?: (string | null)[];
  /**
   * Draw a line across null values (a connector from a target's announcement to its year).
   * Never set on a reported series: a gap stays a gap.
   */
  connectGaps?: boolean;
}

/** A dated event to mark on the time axis. */
export interface EventSpec {
  id: string;
  /** Position on the time axis, in years (24 Aug 2006 → 2006.64). */
  start: number;
  /** Where a multi-day event ends, in years; null for one day or an unknown end. */
  end: number | null;
  /** The date as people write it: "24–26 Aug 2006". */
  when: string;
  title: string;
}

/** One mark of a series: its id and the index of its category. */
export interface MarkRef {
  series: string;
  category: number;
}

/**
 * A think-cell style difference arrow: from the level of `from` (a target, the other side's
 * figure) to the level of `to` (the actual), beside the two marks. `label` and `value` are
 * computed by the caller (lib/), never by the engine.
 */
export interface DifferenceAnnotation {
  kind: 'difference';
  to: MarkRef;
  from: MarkRef;
  /** Written beside the arrow: "+$5.5bn · +45.8%". */
  label: string;
  /** The figure the label states, in `unit` (the CSV and the sheet carry it). */
  value: number;
  unit: ValueFormat;
  /** One sentence for screen readers, notes and the CSV: the figures, the formula, the function. */
  description: string;
}

/** A CAGR arrow over one series from one period to a later one: "+20.6%/yr 2021–24". */
export interface CagrAnnotation {
  kind: 'cagr';
  series: string;
  /** Category indices, `from` before `to`. */
  from: number;
  to: number;
  label: string;
  value: number;
  unit: ValueFormat;
  description: string;
}

export type AnnotationSpec = DifferenceAnnotation | CagrAnnotation;

/** A span of the time axis shaded behind the marks (a reader's period of interest). */
export interface PeriodHighlight {
  /** In years on the axis, `end` exclusive: 2005–2008 → { start: 2005, end: 2009 }. */
  start: number;
  end: number;
  /** "2005–2008", for descriptions. */
  label: string;
}

export interface ChartSourceRef {
  id: string;
  publisher: string;
  title: string;
  url: string;
}

export interface ChartSpec {
  id: string;
  title: string;
  /** What is measured and in what unit; the kind key and the labels say the rest. */
  subtitle: string;
  /** The x slots, in time order ("2006", "H1 2007", …); every year in the span, gaps included. */
  categories: string[];
  /** Where each category sits on the time axis, aligned with `categories`. */
  bands: TimeBand[];
  /** Column heading of the categories in data tables and sheets ("Year", "Period"). */
  xLabel: string;
  /** The unit in words, for sheet headings and the PPTX axis ("US$ bn"). */
  yLabel: string;
  valueFormat: ValueFormat;
  series: SeriesSpec[];
  /** Words for the kind key where a chart means something more precise than the default. */
  kindText?: Partial<Record<MarkKind, string>>;
  events: EventSpec[];
  /** One line naming the sources drawn on: "Sources: CACI Analyst (2007); …". */
  sourceLine: string;
  /**
   * Set when a reader retitled the chart: the dashboard's own title as "Chart: …", printed with
   * the source line on every surface so an edited title reads as the reader's.
   */
  credit?: string;
  sources: ChartSourceRef[];
  notes: string[];
  /** Difference and CAGR arrows drawn on the plot, in order. */
  annotations?: AnnotationSpec[];
  /** A period shaded behind the marks. */
  period?: PeriodHighlight;
}
