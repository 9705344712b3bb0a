import { PACKAGE_VERSION } from '@/app/_export/code-version';
import { exportResponse } from '@/app/_export/responses';
import { getDataset } from '@/lib/datasets';
import { CONTENT_TYPES, exportFileName } from '@/lib/export/file-names';
import { openApiDocument } from '@/lib/export/openapi';

/** The OpenAPI 3.1 description of every `/api` route (lib/export/openapi.ts). */
export async function GET(request: Request): Promise<Response> {
  const d = getDataset();
  const doc = openApiDocument(d, PACKAGE_VERSION);
  return exportResponse(request, {
    etagParts: ['openapi', doc],
    contentType: CONTENT_TYPES.json,
    fileName: exportFileName({ datasetId: d.id, label: 'openapi', ext: 'json' }),
    download: false,
    pin: 'openapi',
    produce: () => JSON.stringify(doc, null, 2),
  });
}
