import { getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { parseChartId } from '@/lib/export/chart-id';
import { parseChartOptions } from '@/lib/export/chart-options';
import { chartCsvRows, toCsv } from '@/lib/export/csv';
import { CONTENT_TYPES, exportFileName } from '@/lib/export/file-names';
import { parseDownloadParam, parseImageParams } from '@/lib/export/image-params';
import { buildChartPptx } from '@/lib/export/pptx';
import { renderImage } from './render';
import { errorResponse, exportResponse } from './responses';

export interface ChartRouteContext {
  params: Promise<{ id: string }>;
}

/** The chart spec for a route's `[id]` and the chart options of its query, or the 404/400 to return. */
async function chartFor(ctx: ChartRouteContext, request: Request) {
  const id = parseChartId((await ctx.params).id);
  if (!id.ok) return { response: errorResponse(404, id.error) };
  const d = getDataset();
  const options = parseChartOptions(new URL(request.url).searchParams, d);
  if (!options.ok) return { response: errorResponse(400, options.error) };
  return { spec: getChartSpec(d, id.value, options.value), datasetId: d.id };
}

/** GET handler of `/api/charts/{id}/svg` or `/png`: see parseImageParams for the query. */
export function imageRoute(format: 'svg' | 'png') {
  return async function GET(request: Request, ctx: ChartRouteContext): Promise<Response> {
    const chart = await chartFor(ctx, request);
    if (chart.response) return chart.response;
    const parsed = parseImageParams(new URL(request.url).searchParams);
    if (!parsed.ok) return errorResponse(400, parsed.error);
    const { width, height, scale, theme, download } = parsed.value;
    const { spec, datasetId } = chart;
    return exportResponse(request, {
      etagParts: [spec, format, width, height, format === 'png' ? scale : 1, theme],
      contentType: CONTENT_TYPES[format],
      fileName: exportFileName({
        datasetId,
        chartId: spec.id,
        ext: format,
        width,
        height,
        scale: format === 'png' ? scale : 1,
        theme,
      }),
      download,
      produce: () => renderImage(spec, { format, width, height, theme, scale }),
    });
  };
}

/** GET handler of `/api/charts/{id}/pptx` (one native-chart slide) or `/csv` (its data). */
export function documentRoute(format: 'pptx' | 'csv') {
  return async function GET(request: Request, ctx: ChartRouteContext): Promise<Response> {
    const chart = await chartFor(ctx, request);
    if (chart.response) return chart.response;
    const download = parseDownloadParam(new URL(request.url).searchParams);
    if (!download.ok) return errorResponse(400, download.error);
    const { spec, datasetId } = chart;
    return exportResponse(request, {
      etagParts: [spec, format],
      contentType: CONTENT_TYPES[format],
      fileName: exportFileName({ datasetId, chartId: spec.id, ext: format }),
      download: download.value,
      produce: () => (format === 'pptx' ? buildChartPptx(spec) : toCsv(chartCsvRows(spec))),
    });
  };
}
