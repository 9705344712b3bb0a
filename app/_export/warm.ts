import * as chartCsv from '@/app/api/charts/[id]/csv/route';
import * as chartPptx from '@/app/api/charts/[id]/pptx/route';
import * as charts from '@/app/api/charts/route';
import * as dataCsv from '@/app/api/data.csv/route';
import * as dataJson from '@/app/api/data.json/route';
import * as deck from '@/app/api/deck.pptx/route';
import { chartIds } from '@/lib/charts/registry';

type Handler = (request: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;

/**
 * Builds the fixed exports — the deck, every chart's PPTX and CSV, the data files, the chart
 * list — once, when the server starts, through their own route handlers, so that they are kept
 * (pinned) before the first request for them. A failure is left for that export's first request
 * to meet.
 */
export async function warmFixedExports(): Promise<void> {
  const jobs: [string, Handler, string][] = [
    ['/api/deck.pptx', deck.GET as Handler, ''],
    ['/api/data.csv', dataCsv.GET as Handler, ''],
    ['/api/data.json', dataJson.GET as Handler, ''],
    ['/api/charts', charts.GET as Handler, ''],
    ...chartIds.flatMap((id): [string, Handler, string][] => [
      [`/api/charts/${id}/pptx`, chartPptx.GET, id],
      [`/api/charts/${id}/csv`, chartCsv.GET, id],
    ]),
  ];
  for (const [path, GET, id] of jobs) {
    try {
      await GET(new Request(`http://localhost${path}`), { params: Promise.resolve({ id }) });
    } catch {
      // The request that needs it will build it again, and fail visibly if it must.
    }
  }
}
