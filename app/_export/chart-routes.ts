import { getDataset } from '@/lib/datasets';
import { getChartView } from '@/lib/charts/registry';
import { parseChartId } from '@/lib/export/chart-id';
import { parseChartOptions } from '@/lib/export/chart-options';
import { chartCsvRows, toCsv } from '@/lib/export/csv';
import { CONTENT_TYPES, exportFileName } from '@/lib/export/file-names';
import { parseDownloadParam, parseImageParams } from '@/lib/export/image-params';
import { chartPptx, exportDate } from './documents';
import { renderImage } from './render';
import { errorResponse, exportResponse } from './responses';
import { exportSpecs } from './specs';

export interface ChartRouteContext {
  params: Promise<{ id: string }>;
}

/**
 * The chart spec for a route's `[id]` with the chart options of its query (the shared spec when
 * there are none), or the 404 or 400 response to return. `custom` is true for a non-default view.
 */
async function chartFor(ctx: ChartRouteContext, request: Request) {
  const id = parseChartId((await ctx.params).id);
  if (!id.ok) return { response: errorResponse(404, id.error) };
  const d = getDataset();
  const options = parseChartOptions(new URL(request.url).searchParams, d);
  if (!options.ok) return { response: errorResponse(400, options.error) };
  const custom = Object.keys(options.value).length > 0;
  if (!custom) return { spec: exportSpecs(d).get(id.value)!, dataset: d, custom };
  const view = getChartView(d, id.value, options.value);
  if (!view.ok) return { response: errorResponse(400, view.error) };
  return { spec: view.value, dataset: d, custom };
}

/** GET handler of `/api/charts/{id}/svg` or `/png`: see parseImageParams for the query. */
export function imageRoute(format: 'svg' | 'png') {
  return async function GET(request: Request, ctx: ChartRouteContext): Promise<Response> {
    const chart = await chartFor(ctx, request);
    if (chart.response) return chart.response;
    const parsed = parseImageParams(new URL(request.url).searchParams);
    if (!parsed.ok) return errorResponse(400, parsed.error);
    const { width, height, theme, download } = parsed.value;
    const scale = format === 'png' ? parsed.value.scale : 1;
    const { spec, dataset } = chart;
    return exportResponse(request, {
      etagParts: [spec, format, width, height, scale, theme],
      contentType: CONTENT_TYPES[format],
      fileName: exportFileName({
        datasetId: dataset.id,
        chartId: spec.id,
        ext: format,
        width,
        height,
        scale,
        theme,
      }),
      download,
      produce: (signal) => renderImage(spec, { format, width, height, theme, scale }, signal),
      abortable: true,
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
    const { spec, dataset, custom } = chart;
    return exportResponse(request, {
      etagParts:
        format === 'pptx' ? [spec, format, exportDate(dataset).toISOString()] : [spec, format],
      contentType: CONTENT_TYPES[format],
      fileName: exportFileName({ datasetId: dataset.id, chartId: spec.id, ext: format }),
      download: download.value,
      produce: () => (format === 'pptx' ? chartPptx(spec, dataset) : toCsv(chartCsvRows(spec))),
      // The default view of a chart is kept for good; a custom one goes through the LRU.
      pin: custom ? undefined : `${format}:${spec.id}`,
    });
  };
}
