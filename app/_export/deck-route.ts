import { getDataset } from '@/lib/datasets';
import { isDefaultDeckQuery, readDeck } from '@/lib/export/deck';
import { CONTENT_TYPES, exportFileName } from '@/lib/export/file-names';
import { parseDownloadParam } from '@/lib/export/image-params';
import { deckPptx, deckZip, exportDate } from './documents';
import { errorResponse, exportResponse } from './responses';
import { exportSpecs } from './specs';

/** A custom deck's file label: "deck" and the first words of its title, [a-z0-9-] only. */
function deckLabel(title: string | undefined): string {
  const words = (title ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return words ? `deck-${words}` : 'deck';
}

/**
 * GET handler of `/api/deck.pptx` (native charts) or `/api/deck.zip` (the slides as PNG): the deck
 * of the query (`readDeck`: `title`, `subtitle`, `c` per chart), any bad part a 400 naming it.
 * Without a deck parameter, or with no `c`, every chart in registry order; the PPTX of no deck
 * parameter at all is the fixed deck, kept for good (`pin`).
 */
export function deckRoute(format: 'pptx' | 'zip') {
  return async function GET(request: Request): Promise<Response> {
    const q = new URL(request.url).searchParams;
    const download = parseDownloadParam(q);
    if (!download.ok) return errorResponse(400, download.error);
    const d = getDataset();
    const fixed = isDefaultDeckQuery(q);
    const read = readDeck(q, d);
    if (read.errors.length > 0) return errorResponse(400, read.errors[0]!);
    const specs = read.specs.length > 0 ? read.specs : [...exportSpecs(d).values()];
    const { title, subtitle } = read.deck;
    const date = exportDate(d).toISOString();
    const fileName = exportFileName({
      datasetId: d.id,
      label: fixed && format === 'pptx' ? 'charts' : deckLabel(title),
      ext: format,
    });
    if (format === 'pptx') {
      return exportResponse(request, {
        // The fixed deck's ETag is the one it always had.
        etagParts: fixed
          ? ['deck', d.title, specs, date]
          : ['deck', title ?? d.title, subtitle ?? null, specs, date],
        contentType: CONTENT_TYPES.pptx,
        fileName,
        download: download.value,
        produce: () => deckPptx(d, specs, { title, subtitle }),
        pin: fixed ? 'deck' : undefined,
      });
    }
    return exportResponse(request, {
      etagParts: ['deck.zip', title ?? d.title, subtitle ?? null, specs, date],
      contentType: CONTENT_TYPES.zip,
      fileName,
      download: download.value,
      produce: (signal) => deckZip(d, specs, { title, subtitle }, signal),
      abortable: true,
    });
  };
}
