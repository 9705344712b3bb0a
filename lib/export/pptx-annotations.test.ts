import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { getChartView } from '../charts/registry';
import { getDataset } from '../datasets';
import { cagrPct, variance } from '../growth';
import { buildChartPptx } from './pptx';
import { planPptxChart } from './pptx-chart';
import { xmlProblems } from './xml-check.fixture';

const d = getDataset();
const spec = (() => {
  const v = getChartView(d, 'projections', {
    from: 2005,
    period: { from: 2007, to: 2008 },
    diff: {
      to: { series: 'actual-kz', period: '2008' },
      from: { series: 'target-2008-12bn-nazarbayev', period: '2008' },
    },
    cagr: { series: 'actual-cn', from: 2021, to: 2024 },
  });
  if (!v.ok) throw new Error(v.error.error);
  return v.value;
})();

describe('annotations in PPTX', () => {
  const plan = planPptxChart(spec, { w: 880, h: 330 });

  it('plans each arrow inside the frame, with its figure as a formula of the plotted cells', () => {
    expect(plan.annotations.map((a) => a.kind)).toEqual(['difference', 'cagr']);
    for (const a of plan.annotations) {
      for (const g of [a.shaft, ...a.guides]) {
        for (const [x, y] of [
          [g.x1, g.y1],
          [g.x2, g.y2],
        ]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(880);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(330);
        }
      }
    }
    const [diff, cagr] = plan.annotations;
    expect(diff!.value).toBeCloseTo(variance(17.5, 12).absolute, 6);
    expect(diff!.formula).toMatch(/^[A-Z]+\d+-[A-Z]+\d+$/);
    expect(cagr!.value).toBeCloseTo(cagrPct(25, 43.82, 3)!, 2);
    expect(cagr!.formula).toMatch(/^\(\([A-Z]+\d+\/[A-Z]+\d+\)\^\(1\/3\)-1\)\*100$/);
    // The difference label rides on a mark of the chart (it moves with the chart).
    expect(diff!.labelOnChart).toBe(true);
    expect(plan.periodBand!.x1).toBeGreaterThan(plan.periodBand!.x0);
  });

  it('writes the labels into the chart or slide XML, the arrows as lines, the formulas into the sheet', async () => {
    const zip = await JSZip.loadAsync(await buildChartPptx(spec));
    const chartName = Object.keys(zip.files).find((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))!;
    const chart = await zip.file(chartName)!.async('string');
    const slide = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(xmlProblems(chart)).toEqual([]);
    expect(xmlProblems(slide)).toEqual([]);
    expect(chart).toContain('+$5.5bn · +45.8%');
    expect(chart + slide).toContain('+20.6%/yr 2021–24');
    expect(slide.match(/<a:tailEnd type="triangle"|<a:headEnd type="triangle"/g)?.length).toBe(2);
    expect(slide).toContain('Difference arrow: Actual, Kazakh statistics, 2008');
    const xlsxName = Object.keys(zip.files).find((f) => f.endsWith('.xlsx'))!;
    const book = await JSZip.loadAsync(await zip.file(xlsxName)!.async('uint8array'));
    const sheet = await book.file('xl/worksheets/sheet1.xml')!.async('string');
    for (const a of plan.annotations) expect(sheet).toContain(`<f>${a.formula}</f>`);
  });
});
