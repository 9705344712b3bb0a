import { CODE_VERSION } from '@/app/_export/code-version';
import { renderImage } from '@/app/_export/render';
import { errorResponse } from '@/app/_export/responses';
import { chartIds, getChartSpec } from '@/lib/charts/registry';
import { getDataset } from '@/lib/datasets';
import { parseChartId } from '@/lib/export/chart-id';
import { computeEtag } from '@/lib/export/etag';
import { CONTENT_TYPES, contentDisposition, exportFileName } from '@/lib/export/file-names';
import { IMAGE_PRESETS } from '@/lib/export/image-params';
import { PREBUILT_IMAGES, parsePrebuiltFileName, prebuiltFileName } from '@/lib/export/urls';

// Every preset × theme of every chart is rendered by `next build`, so a static host can serve
// them; the projections chart's statuses depend on the date, hence a daily refresh.
export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = 86400;

export function generateStaticParams() {
  return chartIds.flatMap((id) => PREBUILT_IMAGES.map((p) => ({ id, file: prebuiltFileName(p) })));
}

export async function GET(
  _request: Request,
  ctx: { params: Promise<{ id: string; file: string }> },
): Promise<Response> {
  const { id, file } = await ctx.params;
  const chart = parseChartId(id);
  if (!chart.ok) return errorResponse(404, chart.error);
  const image = parsePrebuiltFileName(file);
  if (!image) {
    return errorResponse(404, {
      error: 'unknown image file',
      parameter: 'file',
      allowed: '{preset}[-dark|-transparent].png|svg',
    });
  }
  const spec = getChartSpec(getDataset(), chart.value);
  const body = await renderImage(spec, {
    format: image.ext,
    ...IMAGE_PRESETS[image.preset],
    theme: image.theme,
    scale: 1,
  });
  return new Response(body as BodyInit, {
    headers: {
      'Content-Type': CONTENT_TYPES[image.ext],
      'Content-Disposition': contentDisposition(
        exportFileName({
          datasetId: getDataset().id,
          chartId: spec.id,
          ext: image.ext,
          ...IMAGE_PRESETS[image.preset],
          theme: image.theme,
        }),
        false,
      ),
      ETag: computeEtag([spec, 'prebuilt', file, CODE_VERSION]),
    },
  });
}
