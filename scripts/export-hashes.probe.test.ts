import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import * as charts from '@/app/api/charts/route';
import * as chartCsv from '@/app/api/charts/[id]/csv/route';
import * as chartPng from '@/app/api/charts/[id]/png/route';
import * as chartPptx from '@/app/api/charts/[id]/pptx/route';
import * as chartSvg from '@/app/api/charts/[id]/svg/route';
import * as dataCsv from '@/app/api/data.csv/route';
import * as dataJson from '@/app/api/data.json/route';
import * as deck from '@/app/api/deck.pptx/route';
import * as prebuilt from '@/app/charts/[id]/[file]/route';
import * as embed from '@/app/embed/[id]/route';
import { chartIds } from '@/lib/charts/registry';

type Handler = (request: Request, ctx: { params: Promise<never> }) => Promise<Response>;

// Not a test of its own: app/_export/export-bytes.test.ts runs this file in fresh processes with
// EXPORT_HASHES_OUT set, and compares what they wrote.
it.skipIf(!process.env.EXPORT_HASHES_OUT)(
  'writes the status, ETag and sha256 of every export as its route answers',
  async () => {
    const requests: [string, Handler, object][] = [
      ['/api/deck.pptx', deck.GET, {}],
      ['/api/data.csv', dataCsv.GET, {}],
      ['/api/data.json', dataJson.GET, {}],
      ['/api/charts', charts.GET, {}],
    ];
    for (const id of chartIds) {
      requests.push([`/api/charts/${id}/pptx`, chartPptx.GET, { id }]);
      requests.push([`/api/charts/${id}/csv`, chartCsv.GET, { id }]);
      requests.push([`/api/charts/${id}/svg?width=800&height=450`, chartSvg.GET, { id }]);
      requests.push([
        `/api/charts/${id}/png?width=800&height=450&theme=dark`,
        chartPng.GET,
        { id },
      ]);
      requests.push([`/charts/${id}/og.png`, prebuilt.GET as Handler, { id, file: 'og.png' }]);
      requests.push([`/embed/${id}`, embed.GET as Handler, { id }]);
    }
    const out: Record<string, { status: number; etag: string | null; sha256: string }> = {};
    for (const [path, GET, params] of requests) {
      const res = await GET(new Request(`http://localhost${path}`), {
        params: Promise.resolve(params as never),
      });
      const body = Buffer.from(await res.arrayBuffer());
      out[path] = {
        status: res.status,
        etag: res.headers.get('etag'),
        sha256: createHash('sha256').update(body).digest('hex'),
      };
    }
    writeFileSync(process.env.EXPORT_HASHES_OUT!, JSON.stringify(out));
  },
  120_000,
);
