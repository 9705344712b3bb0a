import { chinaKazakhstan } from '@/data/china-kazakhstan';
import type { Dataset } from '@/data/types';
import { validateDataset } from './dataset';

const datasets = { 'china-kazakhstan': chinaKazakhstan } satisfies Record<string, Dataset>;

export type DatasetId = keyof typeof datasets;

const validated = new Map<DatasetId, Dataset>();

/**
 * Loads a dataset, validated once per process; a bad record throws a `DatasetError` here,
 * so `next build` (which prerenders every page) fails naming it.
 *
 * @example getDataset().observations.length // → the number of sourced figures
 */
export function getDataset(id: DatasetId = 'china-kazakhstan'): Dataset {
  let d = validated.get(id);
  if (!d) {
    d = validateDataset(datasets[id]);
    validated.set(id, d);
  }
  return d;
}
