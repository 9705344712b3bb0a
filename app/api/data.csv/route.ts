import { exportResponse, errorResponse } from '@/app/_export/responses';
import { getDataset } from '@/lib/datasets';
import { datasetCsvRows, toCsv } from '@/lib/export/csv';
import { CONTENT_TYPES, exportFileName } from '@/lib/export/file-names';
import { parseDownloadParam } from '@/lib/export/image-params';

/** Every observation and target with its source URL and whose statistics, as CSV. */
export async function GET(request: Request): Promise<Response> {
  const download = parseDownloadParam(new URL(request.url).searchParams);
  if (!download.ok) return errorResponse(400, download.error);
  const d = getDataset();
  return exportResponse(request, {
    etagParts: ['data.csv', d],
    contentType: CONTENT_TYPES.csv,
    fileName: exportFileName({ datasetId: d.id, label: 'data', ext: 'csv' }),
    download: download.value,
    pin: 'data.csv',
    produce: () => toCsv(datasetCsvRows(d)),
  });
}
