import { deckPptx, exportDate } from '@/app/_export/documents';
import { exportResponse, errorResponse } from '@/app/_export/responses';
import { exportSpecs } from '@/app/_export/specs';
import { getDataset } from '@/lib/datasets';
import { CONTENT_TYPES, exportFileName } from '@/lib/export/file-names';
import { parseDownloadParam } from '@/lib/export/image-params';

/** The deck: a title slide, every chart in registry order as a native chart, the sources. */
export async function GET(request: Request): Promise<Response> {
  const download = parseDownloadParam(new URL(request.url).searchParams);
  if (!download.ok) return errorResponse(400, download.error);
  const d = getDataset();
  const specs = [...exportSpecs(d).values()];
  return exportResponse(request, {
    etagParts: ['deck', d.title, specs, exportDate(d).toISOString()],
    contentType: CONTENT_TYPES.pptx,
    fileName: exportFileName({ datasetId: d.id, label: 'charts', ext: 'pptx' }),
    download: download.value,
    produce: () => deckPptx(d, specs),
    pin: 'deck',
  });
}
