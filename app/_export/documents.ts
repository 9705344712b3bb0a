import type { Dataset } from '@/data/types';
import type { ChartSpec } from 'chart-render';
import { renderPngAsync } from 'chart-render';
import { deckZipNames } from '@/lib/export/deck';
import { DECK_IMAGE, deckTitleSvg } from '@/lib/export/deck-title-svg';
import { buildChartPptx, buildDeckPptx } from '@/lib/export/pptx';
import { RenderAbortedError } from '@/lib/export/render-gate';
import {
  ZIP_EPOCH,
  latestPublication,
  stabiliseOfficeZip,
  stableZip,
} from '@/lib/export/stable-zip';
import { renderImage } from './render';

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

/** A deck's title slide text: the reader's, or the dataset's title. */
export interface DeckText {
  title?: string;
  subtitle?: string;
}

/** The deck of every chart in `specs`, byte-stable (see stabiliseOfficeZip). */
export async function deckPptx(
  d: Dataset,
  specs: readonly ChartSpec[],
  text: DeckText = {},
): Promise<Uint8Array> {
  const title = text.title ?? d.title;
  return stabiliseOfficeZip(
    await buildDeckPptx({ title, subtitle: text.subtitle, specs }),
    exportDate(d),
  );
}

/**
 * The slides of a deck as PNG images in a ZIP, 1920×1080 each: the title slide drawn from its
 * text, then each chart's export image as `/api/charts/{id}/png` draws it, one render at a time
 * through the render gate (`signal` stops the rest when the client leaves). Byte-stable.
 */
export async function deckZip(
  d: Dataset,
  specs: readonly ChartSpec[],
  text: DeckText,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const names = deckZipNames(specs.map((s) => s.id));
  const title = deckTitleSvg({
    title: text.title ?? d.title,
    subtitle: text.subtitle,
    chartTitles: specs.map((s) => s.title),
  });
  if (signal?.aborted) throw new RenderAbortedError();
  const images: Uint8Array[] = [new Uint8Array(await renderPngAsync(title))];
  for (const spec of specs) {
    const png = await renderImage(
      spec,
      { format: 'png', ...DECK_IMAGE, theme: 'light', scale: 1 },
      signal,
    );
    images.push(typeof png === 'string' ? new TextEncoder().encode(png) : png);
  }
  return stableZip(
    images.map((bytes, i) => ({ name: names[i]!, bytes })),
    exportDate(d),
  );
}
