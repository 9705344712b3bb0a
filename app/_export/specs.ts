import type { Dataset } from '@/data/types';
import { chartIds, getChartSpec, type ChartId } from '@/lib/charts/registry';
import type { ChartSpec } from 'chart-render';

// Building the seven specs takes 15–40 ms, once per request of the deck before; the projections
// chart depends on the date, so a spec may be at most this old.
const MAX_AGE_MS = 60_000;

const KEY = Symbol.for('trade-energy-dashboard.export-specs');

/**
 * Every chart's spec for `d`, built at most once a minute per process and shared by the export
 * routes (each request used to rebuild them, the deck all seven).
 */
export function exportSpecs(d: Dataset): ReadonlyMap<ChartId, ChartSpec> {
  const g = globalThis as { [KEY]?: { d: Dataset; at: number; specs: Map<ChartId, ChartSpec> } };
  const now = Date.now();
  const memo = g[KEY];
  if (memo && memo.d === d && now - memo.at < MAX_AGE_MS) return memo.specs;
  const specs = new Map(chartIds.map((id) => [id, getChartSpec(d, id)] as const));
  g[KEY] = { d, at: now, specs };
  return specs;
}
