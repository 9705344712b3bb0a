import { join } from 'node:path';
import { ROOT } from './server.mjs';

const SLASHED_ROOT = `${ROOT}/`;

/**
 * Imports a TypeScript module of the app (with the '@/' alias) through Vite's module runner, so
 * plain-.mjs benchmarks call the same lib/ code the routes call.
 * @param {string} relPath e.g. 'lib/charts/registry.ts'
 */
export async function importTs(relPath) {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(join(ROOT, relPath), {
    configFile: false,
    root: ROOT,
    resolve: { alias: { '@': SLASHED_ROOT } },
    logLevel: 'error',
  });
  return /** @type {any} */ (module);
}

/** Every chart spec of the registry, built from the validated dataset: { dataset, ids, specs }. */
export async function loadSpecs() {
  const registry = await importTs('lib/charts/registry.ts');
  const { getDataset } = await importTs('lib/datasets.ts');
  const dataset = getDataset();
  /** @type {string[]} */
  const ids = registry.chartIds;
  const specs = ids.map((id) => registry.getChartSpec(dataset, id));
  return { dataset, ids, specs };
}
