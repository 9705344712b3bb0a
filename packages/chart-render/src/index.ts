// The chart engine: spec types, the visual vocabulary, layout, SVG and PNG. `lib/charts` builds
// specs on it; nothing here knows the dataset.
export * from './spec';
export {
  COLOR_ROLES,
  PALETTES,
  THEMES,
  paletteOf,
  roleColors,
  withRoleClasses,
  type ColorRole,
  type Palette,
  type Theme,
} from './palette';
export {
  ENCODING,
  barSvg,
  colorOf,
  dashArray,
  glyphSvg,
  lineAttrs,
  markSizes,
  markerSvg,
  type KindEncoding,
} from './encoding';
export { DISPLAY_DECIMALS, formatTick, formatValue, ownDecimals, roundForDisplay } from './format';
export { FONT_FAMILY, FONT_FILES, fontHasGlyphs } from './fonts';
export { measureText, wrapText, widestLine } from './text';
export { niceTicks, yearLabels } from './ticks';
export { stackLabels, placePointLabels } from './labels';
export { numberEvents, eventKeyText, clusterEvents, type NumberedEvent } from './events';
export { kindKey, keyGlyphSvg, type KeyItem } from './key';
export { layoutBody, type AnnotationMark, type BodyModel } from './model';
export { renderChartSvg, bodyFontSize, heightForKey, type RenderOptions } from './body';
export {
  renderChartImage,
  planImage,
  imageUnit,
  fitSourceLine,
  type ImageOptions,
  type PlacedText,
} from './image';
export { RESVG_OPTIONS, resvgOptions, renderPng, renderPngAsync } from './raster';
export { memoiseRender } from './cache';
export { escapeXml, safeId } from './svg';
export { describe, summarise } from './describe';
export { markDetail } from './details';
