import { errorResponse } from '@/app/_export/responses';
import { getDataset } from '@/lib/datasets';
import { OPENAPI_PATH, openApiDocument } from '@/lib/export/openapi';

/**
 * Any `/api` path no route matches (`/api`, `/api/nope`, `/api/charts/{id}/gif`): a JSON 404
 * naming the documented paths, not Next's HTML page.
 */
export function GET(): Response {
  return errorResponse(404, {
    error: `unknown API path; see ${OPENAPI_PATH}`,
    parameter: 'path',
    allowed: Object.keys(openApiDocument(getDataset(), '').paths as object).join(', '),
  });
}
