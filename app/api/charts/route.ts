import { exportResponse } from '@/app/_export/responses';
import { exportSpecs } from '@/app/_export/specs';
import { getDataset } from '@/lib/datasets';
import { CONTENT_TYPES, exportFileName } from '@/lib/export/file-names';
import { SITE_EXPORT_URLS, chartUrls } from '@/lib/export/urls';

/**
 * Every chart: id, title, subtitle and its URLs (root-relative, so a Host header is never
 * reflected), plus the deck and the data files.
 */
export async function GET(request: Request): Promise<Response> {
  const d = getDataset();
  const body = {
    charts: [...exportSpecs(d)].map(([id, spec]) => ({
      id,
      title: spec.title,
      subtitle: spec.subtitle,
      urls: chartUrls(id),
    })),
    deck: SITE_EXPORT_URLS.deck,
    data: { csv: SITE_EXPORT_URLS.dataCsv, json: SITE_EXPORT_URLS.dataJson },
  };
  return exportResponse(request, {
    etagParts: ['charts-index', body],
    contentType: CONTENT_TYPES.json,
    fileName: exportFileName({ datasetId: d.id, label: 'charts', ext: 'json' }),
    download: false,
    pin: 'charts',
    produce: () => JSON.stringify(body, null, 2),
  });
}
