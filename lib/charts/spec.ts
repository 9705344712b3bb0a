/**
 * A chart, described once. Every renderer (page, embed, SVG, PNG, PPTX, CSV) reads a ChartSpec
 * and none recomputes its numbers.
 */

/** How a value came to be; each kind has one visual encoding in every renderer. */
export type MarkKind =
  /** A full-period figure as a source reported it: solid. */
  | 'reported'
  /** A half-year figure as reported: lighter fill. */
  | 'half-year'
  /** A leader's forecast or an agreed goal: hatched / dashed. */
  | 'projection'
  /** A figure computed in lib/ from sourced numbers: hollow. */
  | 'estimate';

export type ValueFormat = 'usd-bn' | 'pct' | 'mt' | 'mt-per-year';

export interface SeriesSpec {
  id: string;
  name: string;
  mark: 'bar' | 'line' | 'point' | 'step';
  kind: MarkKind;
  /** CSS colour, #rrggbb. */
  color: string;
  /** One value per category, aligned with `categories`; null is a gap, drawn as a gap. */
  values: (number | null)[];
  /** Optional per-value note (who said it, formula), aligned with `values`. */
  notes?: (string | null)[];
  /** Whose statistics; shown in tooltips, tables and exports. */
  statisticLabel?: string;
  /**
   * Draw a line across null values (a connector between two points, e.g. from a target's
   * announcement to its target year). Never set on a reported series: a gap stays a gap.
   */
  connectGaps?: boolean;
}

export interface AnnotationSpec {
  /** The category the marker sits on. */
  category: string;
  /** Short marker text, e.g. "1". */
  marker: string;
  /** The whole key line under the chart, its markers included ("① 24 Aug 2006: …"). */
  text: string;
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
  subtitle: string;
  /** The x axis: ordered category labels ("2006", "H1 2007", …). */
  categories: string[];
  xLabel: string;
  yLabel: string;
  valueFormat: ValueFormat;
  series: SeriesSpec[];
  annotations: AnnotationSpec[];
  /** One line naming the sources drawn on, e.g. "Sources: CACI Analyst (2007); …". */
  sourceLine: string;
  sources: ChartSourceRef[];
  notes: string[];
}
