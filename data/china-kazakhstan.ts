import { conflicts } from './china-kazakhstan/conflicts';
import { directionObservations, products } from './china-kazakhstan/direction';
import { cumulative, energyObservations, gasPipeline, pipelines } from './china-kazakhstan/energy';
import { events } from './china-kazakhstan/events';
import { sources } from './china-kazakhstan/sources';
import { targets } from './china-kazakhstan/targets';
import { growthStatements, tradeObservations } from './china-kazakhstan/trade';
import type { Dataset } from './types';

/**
 * China–Kazakhstan trade and energy records: the seed article (CACI Analyst, 2007-09-05) plus
 * the two sourced facts files. Every number is as a source stated it; gaps are left as gaps.
 */
export const chinaKazakhstan = {
  id: 'china-kazakhstan',
  title: 'China–Kazakhstan trade and energy',
  partners: ['China', 'Kazakhstan'],
  sources,
  observations: [...tradeObservations, ...directionObservations, ...energyObservations],
  targets,
  events,
  pipelines,
  gasPipeline,
  growthStatements,
  products,
  cumulative,
  conflicts,
} satisfies Dataset;
