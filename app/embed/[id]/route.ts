import { CODE_VERSION } from '@/app/_export/code-version';
import { EXPORT_CACHE_CONTROL, errorResponse } from '@/app/_export/responses';
import { cachedChartSvg } from '@/components/charts/chart-svg-cache';
import { getChartView } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { parseChartId } from '@/lib/export/chart-id';
import { chartOptionsQuery, parseChartOptions } from '@/lib/export/chart-options';
import { EMBED_VARIANTS, embedChartHeight, embedHtml } from '@/lib/export/embed';
import { computeEtag, ifNoneMatchHits } from '@/lib/export/etag';
import { pageHref } from '@/lib/page-params';

// A route handler, not a page: a page always ships Next's client runtime, and the embed carries
// one inline script only, the hashed height reporter (well under 1 kB). Rendered per request because it takes the chart options (?events=off);
// the SVG comes from the per-process render cache. Cacheable like an export (same ETag, same bytes).
export async function GET(
  request: Request,
  ctx: { params: Promise<{ id: string }> },
): Promise<Response> {
  const chart = parseChartId((await ctx.params).id);
  if (!chart.ok) return errorResponse(404, chart.error);
  const d = getDataset();
  const options = parseChartOptions(new URL(request.url).searchParams, d);
  if (!options.ok) return errorResponse(400, options.error);
  const view = getChartView(d, chart.value, options.value);
  if (!view.ok) return errorResponse(400, view.error);
  const spec = view.value;
  const common = {
    ETag: computeEtag([spec, 'embed', CODE_VERSION]),
    'Cache-Control': EXPORT_CACHE_CONTROL,
  };
  if (ifNoneMatchHits(request.headers.get('if-none-match'), common.ETag)) {
    return new Response(null, { status: 304, headers: common });
  }
  const chartSvgs = EMBED_VARIANTS.map((v) =>
    cachedChartSvg(spec, {
      width: v.width,
      height: embedChartHeight(spec, v),
      fontSize: v.fontSize,
      labels: v.labels,
      theme: 'light',
      idPrefix: `embed-${v.band}`,
    }),
  );
  const pageUrl = pageHref(`/charts/${spec.id}`, chartOptionsQuery(options.value));
  const html = embedHtml({ spec, chartSvgs, pageHref: pageUrl });
  return new Response(html, {
    headers: { ...common, 'Content-Type': 'text/html; charset=utf-8' },
  });
}
