import { exportResponse, errorResponse } from '@/app/_export/responses';
import { getDataset } from '@/lib/datasets';
import { datasetJson } from '@/lib/export/dataset-records';
import { CONTENT_TYPES, exportFileName } from '@/lib/export/file-names';
import { parseDownloadParam } from '@/lib/export/image-params';

/** Every observation and target with its source URL and whose statistics, as JSON (inline by default). */
export async function GET(request: Request): Promise<Response> {
  const q = new URL(request.url).searchParams;
  const download = parseDownloadParam(q);
  if (!download.ok) return errorResponse(400, download.error);
  const d = getDataset();
  return exportResponse(request, {
    etagParts: ['data.json', d],
    contentType: CONTENT_TYPES.json,
    fileName: exportFileName({ datasetId: d.id, label: 'data', ext: 'json' }),
    // JSON is read by programs more than saved by people: inline unless download=1.
    download: q.has('download') && download.value,
    pin: 'data.json',
    produce: () => JSON.stringify(datasetJson(d), null, 2),
  });
}
