import type { Dataset } from '@/data/types';
import { crudeShippedSpec } from './crude-shipped';
import { growthRatesSpec } from './growth-rates';
import { mirrorGapSpec } from './mirror-gap';
import { oilFlowsSpec } from './oil-flows';
import { pipelineCapacitySpec } from './pipeline-capacity';
import { projectionsSpec } from './projections';
import type { ChartSpec } from './spec';
import { tradeDirectionSpec } from './trade-direction';
import { tradeSeriesSpec } from './trade-series';
import { tradeTrendSpec } from './trade-trend';

/** Every chart in the app, by id; each route and export looks charts up here. */
export const chartBuilders = {
  'trade-trend': tradeTrendSpec,
  'growth-rates': growthRatesSpec,
  // Statuses depend on the day the chart is built; routes build specs per request.
  projections: (d: Dataset) => projectionsSpec(d, { today: new Date() }),
  'trade-series': tradeSeriesSpec,
  'mirror-gap': mirrorGapSpec,
  'crude-shipped': crudeShippedSpec,
  'pipeline-capacity': pipelineCapacitySpec,
  'trade-kz-to-cn': (d: Dataset) => tradeDirectionSpec(d, 'kz-to-cn'),
  'trade-cn-to-kz': (d: Dataset) => tradeDirectionSpec(d, 'cn-to-kz'),
  'oil-flows': oilFlowsSpec,
} satisfies Record<string, (d: Dataset) => ChartSpec>;

export type ChartId = keyof typeof chartBuilders;

export const chartIds = Object.keys(chartBuilders) as ChartId[];

/** True for a known chart id; the guard every route uses before building a spec. */
export function isChartId(id: string): id is ChartId {
  return Object.hasOwn(chartBuilders, id);
}

/**
 * Builds one chart's spec from a dataset.
 *
 * @example getChartSpec(d, 'trade-trend').title // → "China–Kazakhstan trade turnover, 2000–2024"
 */
export function getChartSpec(d: Dataset, id: ChartId): ChartSpec {
  return chartBuilders[id](d);
}
