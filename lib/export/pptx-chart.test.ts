import { describe, expect, it } from 'vitest';
import {
  DISPLAY_DECIMALS,
  ENCODING,
  PALETTES,
  roundForDisplay,
  type ChartSpec,
  type ValueFormat,
} from 'chart-render';
import { chartIds, getChartSpec } from '../charts/registry';
import { getDataset } from '../datasets';
import {
  clusterBars,
  excelFormat,
  hex,
  planPptxChart,
  pptxSeriesName,
  tint,
  type PptxChartPlan,
} from './pptx-chart';
import { seedSpec } from './seed-spec.fixture';

const FRAME = { w: 888, h: 300 };
const d = getDataset();
const specs = chartIds.map((id) => getChartSpec(d, id));
const byId = (id: string) => specs.find((s) => s.id === id)!;
const plans = new Map(specs.map((s) => [s.id, planPptxChart(s, FRAME)] as const));
const planOf = (id: string) => plans.get(id)!;
const decimals = (v: number) => (String(v).split('.')[1] ?? '').length;

describe('tint', () => {
  it.each<[string, string, number, string]>([
    ['none', 'C8102E', 0, 'C8102E'],
    ['half', 'C8102E', 0.5, 'E48897'],
    ['white', '000000', 1, 'FFFFFF'],
    ['clamped', '000000', 2, 'FFFFFF'],
    ['bad colour falls back to grey', 'zz', 0, '5F6B7A'],
  ])('%s', (_name, color, amount, expected) => {
    expect(tint(color, amount)).toBe(expected);
  });
});

describe('excelFormat', () => {
  it.each<[ValueFormat, string]>([
    ['usd-bn', '"$"General"bn";"−$"General"bn";"$0bn"'],
    ['pct', '"+"General"%";"−"General"%";"0%"'],
    ['mt', 'General" Mt";"−"General" Mt";"0 Mt"'],
    ['mt-per-year', 'General" Mt/yr";"−"General" Mt/yr";"0 Mt/yr"'],
    ['bcm', 'General" bcm";"−"General" bcm";"0 bcm"'],
    ['bcm-per-year', 'General" bcm/yr";"−"General" bcm/yr";"0 bcm/yr"'],
  ])('%s → %s', (format, expected) => {
    expect(excelFormat(format)).toBe(expected);
  });
});

describe('pptxSeriesName', () => {
  it.each<[string, ChartSpec['kindText'], Parameters<typeof pptxSeriesName>[1], string]>([
    [
      'reported unchanged',
      undefined,
      { name: 'Chinese statistics', kind: 'reported' },
      'Chinese statistics',
    ],
    [
      'target named in the key words',
      undefined,
      { name: '$12bn for 2008', kind: 'projection' },
      '$12bn for 2008 (target or projection)',
    ],
    [
      "the chart's own words",
      { projection: 'target' },
      { name: '$12bn for 2008', kind: 'projection' },
      '$12bn for 2008 (target)',
    ],
    [
      'already says it',
      undefined,
      { name: 'Target for 2015', kind: 'projection' },
      'Target for 2015',
    ],
    [
      'estimate already derived',
      undefined,
      { name: 'Derived full-year estimate', kind: 'estimate' },
      'Derived full-year estimate',
    ],
    [
      'half-year named',
      undefined,
      { name: 'Turnover', kind: 'half-year' },
      'Turnover (first half of the year)',
    ],
  ])('%s', (_name, kindText, s, expected) => {
    expect(pptxSeriesName({ kindText }, s)).toBe(expected);
  });
});

describe('clusterBars', () => {
  it.each<[string, (number | null)[][], { order: number[]; minDistance: number }]>([
    ['no bars', [], { order: [], minDistance: Infinity }],
    [
      'never together: one slot',
      [
        [1, null],
        [null, 2],
      ],
      { order: [0, 1], minDistance: Infinity },
    ],
    [
      'always together',
      [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
      { order: [0, 1, 2], minDistance: 1 },
    ],
    [
      'two pairs (trade trend): partners two slots apart',
      [
        [1, null, 5, null],
        [null, null, 6, null],
        [null, 2, null, null],
        [null, 3, null, null],
      ],
      { order: [0, 2, 1, 3], minDistance: 2 },
    ],
  ])('%s', (_name, values, expected) => {
    expect(clusterBars(values)).toEqual(expected);
  });
});

/** Every number cached in the plan's series and written to its sheet. */
function numbers(plan: PptxChartPlan): number[] {
  const sheet = plan.sheet.flatMap((c) =>
    (c?.cells ?? []).flatMap((v) =>
      typeof v === 'number' ? [v] : v && typeof v === 'object' ? [v.value] : [],
    ),
  );
  const cached = plan.series.flatMap((s) => [...(s.x?.values ?? []), ...s.y.values]);
  return [...sheet, ...cached].filter((v): v is number => v !== null);
}

describe('planPptxChart', () => {
  it.each(chartIds)('%s: values rounded to display precision, never float noise', (id) => {
    const spec = byId(id);
    const plan = planOf(id);
    const cap = Math.max(DISPLAY_DECIMALS[spec.valueFormat], 4);
    for (const v of numbers(plan)) expect(decimals(v), String(v)).toBeLessThanOrEqual(cap);
    spec.series.forEach((s) => {
      const column = plan.sheet.find((c) => c?.header === pptxSeriesName(spec, s));
      expect(column?.cells, s.id).toEqual(
        s.values.map((v) => (v === null ? null : roundForDisplay(v, spec.valueFormat))),
      );
      expect(column?.numberFormat).toBe(excelFormat(spec.valueFormat));
    });
  });

  it('writes the mirror gap rounded to display precision (5.97, not 5.969999999999999)', () => {
    const spec = byId('mirror-gap');
    const j = spec.series.findIndex((s) => s.id === 'mirror-gap');
    const gap = planOf('mirror-gap').series.find((p) => p.specIndex === j && p.role === 'main')!;
    expect(gap.y.values).toEqual(
      spec.series[j]!.values.map((v) => (v === null ? null : Number(v.toFixed(2)))),
    );
    expect(gap.y.values).toContain(5.97);
  });

  it.each(chartIds)('%s: every series styled from ENCODING[kind].pptx', (id) => {
    const spec = byId(id);
    for (const p of planOf(id).series) {
      const s = spec.series[p.specIndex]!;
      const e = ENCODING[s.kind].pptx;
      const color = hex(PALETTES.light.series[s.color]);
      const shade = e.fill === 'solid' ? color : e.fill === 'tint' ? tint(color, e.tint) : 'FFFFFF';
      if (p.role === 'centre') {
        expect(e.fill).toBe('background');
        expect(p.marker).toMatchObject({ symbol: e.marker, fill: 'FFFFFF' });
        continue;
      }
      if (s.mark === 'bar') {
        expect(p.fill).toBe(shade);
        expect(p.line?.dash ?? null).toBe(ENCODING[s.kind].barOutline ? e.dash : null);
      } else {
        expect(p.line?.dash ?? null).toBe(s.mark === 'point' ? null : e.dash);
        if (s.mark === 'step' || s.connectGaps) expect(p.marker).toBeNull();
        else
          expect(p.marker).toMatchObject({
            symbol: e.marker,
            fill: e.fill === 'background' ? color : shade,
          });
      }
    }
  });

  it('draws hollow markers as a ring with the background on both sides of it', () => {
    const plan = planOf('projections');
    const k = plan.series.findIndex((s) => s.role === 'main' && s.marker?.symbol === 'diamond');
    const [before, ring, after] = plan.series.slice(k - 1, k + 2);
    expect(before?.role).toBe('centre');
    expect(after?.role).toBe('centre');
    expect(before?.y.ref).toBe(ring?.y.ref);
    expect(after?.x?.ref).toBe(ring?.x?.ref);
    expect(before!.marker!.size).toBeLessThan(ring!.marker!.size);
  });

  it('draws the pipeline capacity as a real step: each value held across its band', () => {
    const spec = byId('pipeline-capacity');
    const plan = planOf('pipeline-capacity');
    expect(plan.type).toBe('xy');
    const j = spec.series.findIndex((s) => s.mark === 'step');
    const step = plan.series.find((s) => s.specIndex === j)!;
    const xs = step.x!.values;
    const ys = step.y.values;
    const b = spec.bands;
    expect(xs[0]).toBe(b[0]!.start);
    expect(xs.at(-1)).toBe(b.at(-1)!.end);
    // Every band end but the last appears twice: the riser where the next value starts.
    for (const band of b.slice(0, -1)) expect(xs.filter((x) => x === band.end)).toHaveLength(2);
    expect(ys).toHaveLength(2 * b.length);
    expect([...new Set(ys)]).toEqual([...new Set(spec.series[j]!.values)]);
    expect(step.line?.dash).toBe(ENCODING[spec.series[j]!.kind].pptx.dash);
  });

  it('draws each target connector as a dashed series from announcement to target year', () => {
    const spec = byId('projections');
    const plan = planOf('projections');
    const connectors = spec.series.flatMap((s, j) => (s.connectGaps ? [j] : []));
    expect(connectors.length).toBeGreaterThan(0);
    for (const j of connectors) {
      const s = spec.series[j]!;
      const drawn = plan.series.find((p) => p.specIndex === j)!;
      const present = s.values.flatMap((v, i) => (v === null ? [] : [i]));
      // From the announcement year to the target's marker, stopping at its edge.
      const [first, last] = [present[0]!, present.at(-1)!].map(
        (i) => (spec.bands[i]!.start + spec.bands[i]!.end) / 2,
      );
      const xs = drawn.x!.values as number[];
      expect(xs[0]).toBe(first);
      expect(xs.at(-1)).toBeLessThan(last!);
      expect(xs.at(-1)).toBeGreaterThan(last! - 0.5);
      for (const v of drawn.y.values) {
        if (v !== null) expect(Math.abs(v - s.values[present[0]!]!)).toBeLessThan(1);
      }
      expect(drawn.line).toMatchObject({ dash: ENCODING.projection.pptx.dash });
    }
    // Two $15bn targets share 2008–2010: the later connector is drawn a little apart, and its
    // sheet formula says by how much.
    const levels = connectors.map((j) => plan.series.find((p) => p.specIndex === j)!.y.values[0]);
    expect(levels.filter((v) => v === 15)).toHaveLength(1);
    const shifted = plan.sheet.flatMap((c) =>
      (c?.cells ?? []).flatMap((v) =>
        v && typeof v === 'object' && /-/.test(v.formula) ? [v] : [],
      ),
    );
    expect(shifted.length).toBeGreaterThan(0);
    // The $15bn-for-2015 line passes the $15bn-for-2010 diamond: it breaks around the diamond,
    // as it disappears behind the web's hollow marker.
    const long = spec.series.findIndex((s) => s.id === 'target-2015-15bn-heads-of-state-connector');
    const xs = plan.series.find((p) => p.specIndex === long)!.x!.values;
    const gap = xs.indexOf(null);
    expect(gap).toBeGreaterThan(0);
    expect(xs[gap - 1]).toBeLessThan(2010.5);
    expect(xs[gap + 1]).toBeGreaterThan(2010.5);
  });

  it('starts an XY chart with a series of three points or more, for LibreOffice', () => {
    const spec: ChartSpec = {
      ...seedSpec,
      series: [
        {
          ...seedSpec.series[2]!,
          id: 'c',
          mark: 'line',
          connectGaps: true,
          values: [12, null, 14],
        },
        { ...seedSpec.series[0]!, id: 'p', mark: 'point', values: [8.36, 5.97, 9] },
      ],
    };
    const plan = planPptxChart(spec, FRAME);
    expect(plan.type).toBe('xy');
    expect(plan.series[0]!.y.values.length).toBeGreaterThanOrEqual(3);
    expect(plan.series.map((p) => p.specIndex)).toEqual([1, 0]);
  });

  it('keeps the gaps of reported lines: a missing year is a missing point', () => {
    const spec = byId('trade-series');
    const plan = planOf('trade-series');
    spec.series.forEach((s, j) => {
      const drawn = plan.series.find((p) => p.specIndex === j && p.role === 'main')!;
      expect(drawn.y.values.map((v) => v === null)).toEqual(s.values.map((v) => v === null));
    });
  });

  it.each(chartIds)(
    '%s: names each series once at its last point and labels every target',
    (id) => {
      const spec = byId(id);
      const plan = planOf(id);
      const labels = plan.series.flatMap((p) =>
        // The words of each label, however the layout wrapped them.
        p.labels.map((l) => ({ text: l.lines.join(' '), p, idx: l.idx })),
      );
      const seriesLabels = [
        ...new Set(
          spec.series.flatMap((s) =>
            s.label && s.values.some((v) => v !== null) ? [s.label] : [],
          ),
        ),
      ];
      for (const text of seriesLabels) {
        const found = labels.filter((l) => l.text === text);
        expect(found, text).toHaveLength(1);
        const s = spec.series[found[0]!.p.specIndex]!;
        expect(s.label).toBe(text);
      }
      spec.series.forEach((s, j) =>
        s.pointLabels?.forEach((t, i) => {
          if (!t || s.values[i] === null) return;
          const found = labels.filter((l) => l.text === t.replace(/\n/g, ' '));
          expect(found, t).toHaveLength(1);
          expect(found[0]!.p.specIndex).toBe(j);
          expect(found[0]!.idx).toBe(i);
        }),
      );
    },
  );

  it('puts bars sharing a year in slots that do not overlap, each as wide as the web bars', () => {
    const plan = planOf('trade-trend');
    expect(plan.type).toBe('bar');
    // Chinese and Kazakh bars share years, as do unstated and derived: two slots apart, half overlapping.
    expect(plan.series.filter((s) => s.group === 'bar').map((s) => s.specIndex)).toEqual([
      0, 2, 1, 3,
    ]);
    expect(plan.bars?.overlap).toBe(45);
    expect(plan.categories?.labels).toEqual(byId('trade-trend').categories);
    expect(plan.evenlySpaced).toBe(true);
  });

  it('says when a bar chart spaces categories that are not equal steps of time', () => {
    const uneven: ChartSpec = {
      ...seedSpec,
      bands: [
        { start: 2006, end: 2007 },
        { start: 2007, end: 2007.5 },
        { start: 2008, end: 2009 },
      ],
    };
    expect(planPptxChart(uneven, FRAME).evenlySpaced).toBe(false);
    expect(planPptxChart(seedSpec, FRAME).evenlySpaced).toBe(true);
  });
});
