import type { Dataset } from '@/data/types';
import type { ChartSpec } from 'chart-render';
import { buildChartPptx, buildDeckPptx } from '@/lib/export/pptx';
import { ZIP_EPOCH, latestPublication, stabiliseOfficeZip } from '@/lib/export/stable-zip';

/**
 * The date every Office export carries (zip entry dates, created/modified): the dataset's newest
 * source publication date, so the bytes change with the data and never with the clock.
 */
export function exportDate(d: Dataset): Date {
  return latestPublication(d) ?? ZIP_EPOCH;
}

/** One chart's native-chart slide, byte-stable (see stabiliseOfficeZip). */
export async function chartPptx(spec: ChartSpec, d: Dataset): Promise<Uint8Array> {
  return stabiliseOfficeZip(await buildChartPptx(spec), exportDate(d));
}

/** The deck of every chart in `specs`, byte-stable (see stabiliseOfficeZip). */
export async function deckPptx(d: Dataset, specs: readonly ChartSpec[]): Promise<Uint8Array> {
  return stabiliseOfficeZip(await buildDeckPptx({ title: d.title, specs }), exportDate(d));
}
