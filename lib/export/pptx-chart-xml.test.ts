import { describe, expect, it } from 'vitest';
import type { ChartSpec } from 'chart-render';
import { chartIds, getChartSpec } from '../charts/registry';
import { getDataset } from '../datasets';
import { excelFormat, planPptxChart } from './pptx-chart';
import { chartXml } from './pptx-chart-xml';
import { seedSpec } from './seed-spec.fixture';
import { xmlProblems } from './xml-check.fixture';

const FRAME = { w: 888, h: 300 };
const d = getDataset();
const byId = (id: string) => getChartSpec(d, id as (typeof chartIds)[number]);
const planOf = (id: string) => planPptxChart(byId(id), FRAME);
const decimals = (v: number) => (String(v).split('.')[1] ?? '').length;

describe('chartXml', () => {
  it.each(chartIds)(
    '%s: well-formed, no legend, a number format and labels on every series',
    (id) => {
      const plan = planOf(id);
      const xml = chartXml(plan);
      expect(xmlProblems(xml)).toEqual([]);
      expect(xml).not.toContain('<c:legend>');
      expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
      expect(xml).toContain(plan.type === 'bar' ? '<c:barChart>' : '<c:scatterChart>');
      const sers = xml.match(/<c:ser>[\s\S]*?<\/c:ser>/g) ?? [];
      expect(sers).toHaveLength(plan.series.length);
      for (const ser of sers) {
        expect(ser).toContain('<c:dLbls>');
        expect(ser).toContain(
          `<c:formatCode>${excelFormat(byId(id).valueFormat).replace(/"/g, '&quot;')}</c:formatCode>`,
        );
      }
      for (const m of xml.matchAll(/<c:v>(-?[\d.]+)<\/c:v>/g)) {
        expect(decimals(Number(m[1])), m[1]).toBeLessThanOrEqual(4);
      }
      expect(xml).not.toMatch(/\d\.\d{5,}/);
    },
  );

  it('escapes user text in names and labels', () => {
    const spec: ChartSpec = {
      ...seedSpec,
      series: [{ ...seedSpec.series[0]!, name: 'A <b> & "c"', label: '<script>' }],
    };
    const xml = chartXml(planPptxChart(spec, FRAME));
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(xml).toContain('<a:t>&lt;script&gt;</a:t>');
    expect(xml).not.toContain('<script>');
  });
});
