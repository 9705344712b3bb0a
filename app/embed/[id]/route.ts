import { CODE_VERSION } from '@/app/_export/code-version';
import { errorResponse } from '@/app/_export/responses';
import { cachedChartSvg } from '@/components/charts/chart-svg-cache';
import { getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { parseChartId } from '@/lib/export/chart-id';
import { eventsQueryValue, parseChartOptions } from '@/lib/export/chart-options';
import { EMBED_VARIANTS, embedChartHeight, embedHtml } from '@/lib/export/embed';
import { computeEtag } from '@/lib/export/etag';
import { pageHref } from '@/lib/page-params';

// A route handler, not a page: a page always ships Next's client runtime, and the embed must
// carry no script at all. Rendered per request because it takes the chart options (?events=off);
// the SVG comes from the per-process render cache.
export async function GET(
  request: Request,
  ctx: { params: Promise<{ id: string }> },
): Promise<Response> {
  const chart = parseChartId((await ctx.params).id);
  if (!chart.ok) return errorResponse(404, chart.error);
  const d = getDataset();
  const options = parseChartOptions(new URL(request.url).searchParams, d);
  if (!options.ok) return errorResponse(400, options.error);
  const spec = getChartSpec(d, chart.value, options.value);
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
  const pageUrl = pageHref(`/charts/${spec.id}`, { events: eventsQueryValue(options.value) });
  const html = embedHtml({ spec, chartSvgs, pageHref: pageUrl });
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      ETag: computeEtag([spec, 'embed', CODE_VERSION]),
    },
  });
}
