import { PALETTES, escapeXml } from 'chart-render';
import {
  CHART_FONT_PT,
  hex,
  type PptxChartPlan,
  type PptxLabel,
  type PptxLine,
  type PptxMarker,
  type PptxRef,
  type PptxSeries,
} from './pptx-chart';

const FONT = 'Arial';
const PALETTE = PALETTES.light;

/** Text for XML: escaped, without the control characters XML 1.0 forbids. */
function t(text: string): string {
  return escapeXml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}

const emu = (pt: number) => Math.round(pt * 12700);
const solid = (color: string) => `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
const NO_LINE = '<a:ln><a:noFill/></a:ln>';

function lineXml(l: PptxLine | null): string {
  if (!l) return NO_LINE;
  const cap = l.dash === 'solid' ? 'rnd' : 'flat';
  return `<a:ln w="${emu(l.widthPt)}" cap="${cap}">${solid(l.color)}<a:prstDash val="${l.dash}"/><a:round/></a:ln>`;
}

function runProps(sizePt: number, color: string): string {
  return `sz="${Math.round(sizePt * 100)}" b="0">${solid(color)}<a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/>`;
}

function txPr(sizePt: number, color: string): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${runProps(sizePt, color)}</a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
}

function strRef(ref: string, labels: readonly string[]): string {
  const pts = labels.map((l, i) => `<c:pt idx="${i}"><c:v>${t(l)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${ref}</c:f><c:strCache><c:ptCount val="${labels.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(r: PptxRef, formatCode: string): string {
  const pts = r.values
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join('');
  return `<c:numRef><c:f>${r.ref}</c:f><c:numCache><c:formatCode>${t(formatCode)}</c:formatCode><c:ptCount val="${r.values.length}"/>${pts}</c:numCache></c:numRef>`;
}

const FLAGS = (val: boolean) =>
  `<c:showLegendKey val="0"/><c:showVal val="${val ? 1 : 0}"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>`;

function dLblXml(l: PptxLabel, fmt: string): string {
  const layout =
    l.dx === 0 && l.dy === 0
      ? ''
      : `<c:layout><c:manualLayout><c:x val="${l.dx}"/><c:y val="${l.dy}"/></c:manualLayout></c:layout>`;
  const algn = l.pos === 'r' ? 'l' : l.pos === 'l' ? 'r' : 'ctr';
  const paras = l.lines
    .map(
      (line) =>
        `<a:p><a:pPr algn="${algn}"><a:defRPr ${runProps(CHART_FONT_PT, l.color)}</a:defRPr></a:pPr><a:r><a:rPr lang="en-US" ${runProps(CHART_FONT_PT, l.color)}</a:rPr><a:t>${t(line)}</a:t></a:r></a:p>`,
    )
    .join('');
  return (
    `<c:dLbl><c:idx val="${l.idx}"/>${layout}` +
    `<c:tx><c:rich><a:bodyPr wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"/><a:lstStyle/>${paras}</c:rich></c:tx>` +
    `<c:numFmt formatCode="${t(fmt)}" sourceLinked="0"/><c:spPr><a:noFill/>${NO_LINE}</c:spPr>` +
    `<c:dLblPos val="${l.pos}"/>${FLAGS(true)}</c:dLbl>`
  );
}

function dLblsXml(s: PptxSeries, fmt: string): string {
  const color = s.line?.color ?? s.marker?.line ?? s.fill ?? hex(PALETTE.muted);
  const leaders = s.leaderLines
    ? `<c:extLst><c:ext uri="{CE6537A1-D6FC-4f65-9D91-7224C49458BB}" xmlns:c15="http://schemas.microsoft.com/office/drawing/2012/chart"><c15:showLeaderLines val="1"/><c15:leaderLines><c:spPr><a:ln w="9525">${solid(color)}</a:ln></c:spPr></c15:leaderLines></c:ext></c:extLst>`
    : '';
  return (
    `<c:dLbls>${s.labels.map((l) => dLblXml(l, fmt)).join('')}` +
    `<c:numFmt formatCode="${t(fmt)}" sourceLinked="0"/><c:spPr><a:noFill/>${NO_LINE}</c:spPr>${txPr(CHART_FONT_PT, color)}` +
    `${FLAGS(false)}${leaders}</c:dLbls>`
  );
}

function markerXml(m: PptxMarker | null): string {
  if (!m) return '<c:marker><c:symbol val="none"/></c:marker>';
  const ln = m.line ? `<a:ln w="${emu(1)}">${solid(m.line)}</a:ln>` : NO_LINE;
  return `<c:marker><c:symbol val="${m.symbol}"/><c:size val="${m.size}"/><c:spPr>${solid(m.fill)}${ln}</c:spPr></c:marker>`;
}

function serXml(s: PptxSeries, order: number, plan: PptxChartPlan): string {
  const head =
    `<c:ser><c:idx val="${order}"/><c:order val="${order}"/>` +
    `<c:tx>${s.nameRef ? strRef(s.nameRef, [s.name]) : `<c:v>${t(s.name)}</c:v>`}</c:tx>`;
  const fmt = plan.valueFormat;
  if (s.group === 'bar') {
    return (
      head +
      `<c:spPr>${s.fill ? solid(s.fill) : '<a:noFill/>'}${lineXml(s.line)}</c:spPr><c:invertIfNegative val="0"/>` +
      dLblsXml(s, fmt) +
      `<c:cat>${strRef(plan.categories!.ref, plan.categories!.labels)}</c:cat>` +
      `<c:val>${numRef(s.y, fmt)}</c:val></c:ser>`
    );
  }
  const body = `<c:spPr>${lineXml(s.line)}</c:spPr>${markerXml(s.marker)}${dLblsXml(s, fmt)}`;
  if (s.group === 'line') {
    return (
      head +
      body +
      `<c:cat>${strRef(plan.categories!.ref, plan.categories!.labels)}</c:cat>` +
      `<c:val>${numRef(s.y, fmt)}</c:val><c:smooth val="0"/></c:ser>`
    );
  }
  return (
    head +
    body +
    `<c:xVal>${numRef(s.x!, 'General')}</c:xVal><c:yVal>${numRef(s.y, fmt)}</c:yVal><c:smooth val="0"/></c:ser>`
  );
}

const AXIS_LINE = () =>
  `<c:spPr><a:noFill/><a:ln w="${emu(0.75)}">${solid(hex(PALETTE.axis))}</a:ln></c:spPr>`;
const GRID = () =>
  `<c:majorGridlines><c:spPr><a:ln w="${emu(0.75)}">${solid(hex(PALETTE.grid))}</a:ln></c:spPr></c:majorGridlines>`;

function valueAxisXml(plan: PptxChartPlan, crossBetween: 'between' | 'midCat', crosses: string) {
  const { min, max, major } = plan.y;
  return (
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/><c:max val="${max}"/><c:min val="${min}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/>${GRID()}<c:numFmt formatCode="${t(plan.valueFormat)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:spPr><a:noFill/>${NO_LINE}</c:spPr>${txPr(CHART_FONT_PT, hex(PALETTE.muted))}` +
    `<c:crossAx val="1"/><c:crosses val="${crosses}"/><c:crossBetween val="${crossBetween}"/><c:majorUnit val="${major}"/></c:valAx>`
  );
}

/**
 * The chart part (`ppt/charts/chartN.xml`) of a plan: the series in one bar group and one line
 * group on a category axis, or in one XY group on a time axis; a manual plot area; every series
 * with its number format and its own direct labels; no legend (the labels and the slide's kind
 * key say what a legend would). Refers to the embedded workbook as relationship rId1.
 *
 * @example chartXml(planPptxChart(spec, { w: 888, h: 290 })) // → '<?xml …?><c:chartSpace …>…</c:chartSpace>'
 */
export function chartXml(plan: PptxChartPlan): string {
  const ser = (group: PptxSeries['group']) =>
    plan.series.map((s, k) => (s.group === group ? serXml(s, k, plan) : '')).join('');
  let groups: string;
  let axes: string;
  if (plan.type === 'bar') {
    const bars = plan.bars ?? { gapWidth: 60, overlap: 0 };
    const lines = ser('line');
    groups =
      `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser('bar')}` +
      `<c:gapWidth val="${bars.gapWidth}"/><c:overlap val="${bars.overlap}"/><c:axId val="1"/><c:axId val="2"/></c:barChart>` +
      (lines
        ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines}<c:marker val="1"/><c:axId val="1"/><c:axId val="2"/></c:lineChart>`
        : '');
    axes =
      `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
      `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
      `${AXIS_LINE()}${txPr(CHART_FONT_PT, hex(PALETTE.muted))}<c:crossAx val="2"/><c:crosses val="autoZero"/>` +
      `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="${plan.categories!.labelSkip}"/>` +
      `<c:tickMarkSkip val="1"/><c:noMultiLvlLbl val="1"/></c:catAx>` +
      valueAxisXml(plan, 'between', 'autoZero');
  } else {
    groups = `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${ser('xy')}<c:axId val="1"/><c:axId val="2"/></c:scatterChart>`;
    axes =
      `<c:valAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/><c:max val="${plan.x.max}"/><c:min val="${plan.x.min}"/></c:scaling>` +
      `<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="0" sourceLinked="0"/>` +
      `<c:majorTickMark val="out"/><c:minorTickMark val="out"/><c:tickLblPos val="low"/>${AXIS_LINE()}` +
      `${txPr(CHART_FONT_PT, hex(PALETTE.muted))}<c:crossAx val="2"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/>` +
      `<c:majorUnit val="${plan.x.major}"/><c:minorUnit val="1"/></c:valAx>` +
      valueAxisXml(plan, 'midCat', 'min');
  }
  const p = plan.plot;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:date1904 val="0"/><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea>' +
    `<c:layout><c:manualLayout><c:layoutTarget val="inner"/><c:xMode val="edge"/><c:yMode val="edge"/><c:x val="${p.x}"/><c:y val="${p.y}"/><c:w val="${p.w}"/><c:h val="${p.h}"/></c:manualLayout></c:layout>` +
    groups +
    axes +
    `<c:spPr><a:noFill/>${NO_LINE}</c:spPr></c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:noFill/>${NO_LINE}</c:spPr>${txPr(CHART_FONT_PT, hex(PALETTE.muted))}` +
    '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>'
  );
}
