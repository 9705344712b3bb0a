import { renderChartSvg } from 'chart-render';
import { CODE_VERSION } from '@/app/_export/code-version';
import { errorResponse } from '@/app/_export/responses';
import { chartIds, getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { parseChartId } from '@/lib/export/chart-id';
import { EMBED_CHART_SIZE, embedHtml } from '@/lib/export/embed';
import { computeEtag } from '@/lib/export/etag';

// A route handler, not a page: a page always ships Next's client runtime, and the embed must
// carry no script at all. Prerendered at build; refreshed daily for the date-dependent chart.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 86400;

export function generateStaticParams() {
  return chartIds.map((id) => ({ id }));
}

export async function GET(
  _request: Request,
  ctx: { params: Promise<{ id: string }> },
): Promise<Response> {
  const chart = parseChartId((await ctx.params).id);
  if (!chart.ok) return errorResponse(404, chart.error);
  const spec = getChartSpec(getDataset(), chart.value);
  const chartSvg = renderChartSvg(spec, { ...EMBED_CHART_SIZE, theme: 'light', idPrefix: 'embed' });
  const html = embedHtml({ spec, chartSvg, pageHref: `/charts/${spec.id}` });
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      ETag: computeEtag([spec, 'embed', CODE_VERSION]),
    },
  });
}
