import type { ChartSpec } from 'chart-render';
import type { Dataset } from '@/data/types';
import { crudeShippedSpec } from './crude-shipped';
import type { ParseResult } from '../params';
import type { TimeAxisOptions } from './events';
import { growthRatesSpec } from './growth-rates';
import { mirrorGapSpec } from './mirror-gap';
import { oilFlowsSpec } from './oil-flows';
import { pipelineCapacitySpec } from './pipeline-capacity';
import { projectionsSpec } from './projections';
import { tradeDirectionSpec } from './trade-direction';
import { tradeSeriesSpec } from './trade-series';
import { tradeTrendSpec } from './trade-trend';
import { applyView, type ChartView } from './view';

/** What a reader may choose of any chart (the chart page, embeds and exports take the same). */
export type ChartOptions = TimeAxisOptions & ChartView;

/** Every chart in the app, by id; each route and export looks charts up here. */
export const chartBuilders = {
  // Target outcomes depend on the day the chart is built; routes build specs per request.
  'trade-trend': (d: Dataset, o: ChartOptions = {}) =>
    tradeTrendSpec(d, { ...o, today: new Date() }),
  'growth-rates': (d: Dataset) => growthRatesSpec(d),
  projections: (d: Dataset, o: ChartOptions = {}) =>
    projectionsSpec(d, { ...o, today: new Date() }),
  'trade-series': (d: Dataset, o: ChartOptions = {}) => tradeSeriesSpec(d, o),
  'mirror-gap': (d: Dataset, o: ChartOptions = {}) => mirrorGapSpec(d, o),
  'crude-shipped': (d: Dataset, o: ChartOptions = {}) => crudeShippedSpec(d, o),
  'pipeline-capacity': (d: Dataset, o: ChartOptions = {}) => pipelineCapacitySpec(d, o),
  'trade-kz-to-cn': (d: Dataset, o: ChartOptions = {}) => tradeDirectionSpec(d, 'kz-to-cn', o),
  'trade-cn-to-kz': (d: Dataset, o: ChartOptions = {}) => tradeDirectionSpec(d, 'cn-to-kz', o),
  'oil-flows': (d: Dataset, o: ChartOptions = {}) => oilFlowsSpec(d, o),
} satisfies Record<string, (d: Dataset, o?: ChartOptions) => ChartSpec>;

export type ChartId = keyof typeof chartBuilders;

export const chartIds = Object.keys(chartBuilders) as ChartId[];

/** True for a known chart id; the guard every route uses before building a spec. */
export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(chartBuilders, id);
}

/**
 * One chart as a reader chose it: the builder's spec with the chosen events, then the view
 * (range, series, own text, highlight) applied; a view that cannot be drawn is a ParamError.
 * Every surface (page, embed, SVG, PNG, PPTX, CSV) builds its chart here.
 *
 * @example getChartView(d, 'trade-trend', { from: 2005, to: 2010 }).ok // → true
 */
export function getChartView(
  d: Dataset,
  id: ChartId,
  o: ChartOptions = {},
): ParseResult<ChartSpec> {
  return applyView(getChartSpec(d, id, o), o);
}

/**
 * Builds one chart's spec from a dataset (events option only; see getChartView for the rest).
 *
 * @example getChartSpec(d, 'trade-trend').title // → "China–Kazakhstan trade turnover, 2000–2024"
 */
export function getChartSpec(d: Dataset, id: ChartId, o: ChartOptions = {}): ChartSpec {
  return chartBuilders[id](d, o);
}
