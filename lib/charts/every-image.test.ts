import {
  escapeXml,
  planImage,
  renderChartImage,
  renderChartSvg,
  type ChartSpec,
} from 'chart-render';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/data/types';
import { getDataset } from '../datasets';
import { IMAGE_PRESETS } from '../export/image-params';
import { chartIds, getChartSpec, getChartView, type ChartId, type ChartOptions } from './registry';
import { drawnTexts, type DrawnText } from './svg-text';

const d = getDataset();

/** Every chart of the registry, with events as by default and switched off. */
const builders: Record<string, (d: Dataset, events: boolean) => ChartSpec> = Object.fromEntries(
  chartIds.map((id) => [id, (d: Dataset, events: boolean) => getChartSpec(d, id, { events })]),
);

/** The presets, and custom sizes at the edges of what the image API allows (320–4000 px, aspect 0.5–2). */
const SIZES: [string, number, number][] = [
  ...Object.entries(IMAGE_PRESETS).map(([k, p]): [string, number, number] => [
    k,
    p.width,
    p.height,
  ]),
  ['smallest square', 320, 320],
  ['smallest wide', 640, 320],
  ['smallest tall', 320, 640],
  ['small 16:9', 800, 450],
  ['tall', 1000, 2000],
  ['largest wide', 4000, 2000],
  ['largest', 4000, 4000],
];
const THEMES = ['light', 'dark', 'transparent'] as const;

const overlaps = (a: DrawnText['box'], b: DrawnText['box']) =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

/** What is wrong with an image's text: cuts, text outside it, text on text, words said twice. */
function problems(svg: string, width: number, height: number): string[] {
  const texts = drawnTexts(svg);
  const out: string[] = [];
  for (const t of texts) {
    if (t.text.includes('…')) out.push(`cut: "${t.text}"`);
    const b = t.box;
    if (b.x < -0.5 || b.y < -0.5 || b.x + b.w > width + 0.5 || b.y + b.h > height + 0.5) {
      out.push(`outside ${width}×${height}: "${t.text}" at ${Math.round(b.x)},${Math.round(b.y)}`);
    }
  }
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) {
      if (overlaps(a.box, b.box)) out.push(`overlap: "${a.text}" / "${b.text}"`);
    }
  });
  // Axis ticks, event numbers and label letters are references and repeat; all else is said once.
  const said = texts.filter(
    (t) => !/chart-tick|chart-event|chart-tag/.test(t.className) && !/^\d+$/.test(t.text),
  );
  const wholes = [...new Map(said.map((t) => [t.element, t.whole])).values()];
  const seen = new Set<string>();
  for (const w of wholes) {
    if (seen.has(w)) out.push(`said twice: "${w}"`);
    seen.add(w);
  }
  return out;
}

describe('every chart image, at every size, theme and events setting', () => {
  for (const [id, build] of Object.entries(builders)) {
    for (const events of [true, false]) {
      const spec = build(d, events);
      describe(`${id}, events ${events ? 'on' : 'off'}`, () => {
        it.each(SIZES)(
          '%s (%i×%i): nothing cut, outside, overlapping or said twice',
          (_n, w, h) => {
            for (const theme of THEMES) {
              const svg = renderChartImage(spec, { width: w, height: h, theme });
              expect(problems(svg, w, h), `${theme}`).toEqual([]);
            }
          },
        );

        it.each(SIZES)('%s (%i×%i): every label placed clear of marks', (_n, w, h) => {
          const plan = planImage(spec, { width: w, height: h });
          expect(plan.body.h).toBeGreaterThan(0);
          expect(plan.model?.clean).toBe(true);
        });
      });
    }
  }
});

describe('every page chart', () => {
  it.each(Object.keys(builders))(
    '%s at the page sizes: nothing cut, outside, overlapping or said twice',
    (id) => {
      const spec = builders[id]!(d, true);
      for (const [w, h] of [
        [1068, 440],
        [720, 400],
      ] as const) {
        expect(problems(renderChartSvg(spec, { width: w, height: h }), w, h)).toEqual([]);
      }
    },
  );
});

/** Annotated views: a shaded period, a difference arrow and a CAGR arrow on one chart. */
const ANNOTATED: [ChartId, ChartOptions][] = [
  [
    'projections',
    {
      from: 2005,
      period: { from: 2007, to: 2008 },
      diff: {
        to: { series: 'actual-kz', period: '2008' },
        from: { series: 'target-2008-12bn-nazarbayev', period: '2008' },
      },
      cagr: { series: 'actual-cn', from: 2021, to: 2024 },
    },
  ],
  [
    'mirror-gap',
    {
      period: { from: 2021, to: 2021 },
      diff: {
        to: { series: 'mirror-cn', period: '2021' },
        from: { series: 'mirror-kz', period: '2021' },
      },
      cagr: { series: 'mirror-kz', from: 2021, to: 2024 },
    },
  ],
  [
    'trade-trend',
    {
      diff: {
        to: { series: 'annual-cn', period: '2013' },
        from: { series: 'annual-kz', period: '2013' },
      },
      cagr: { series: 'annual-kz', from: 2008, to: 2011 },
    },
  ],
];

describe('annotated views', () => {
  for (const [id, o] of ANNOTATED) {
    const v = getChartView(d, id, o);
    if (!v.ok) throw new Error(JSON.stringify(v.error));
    const spec = v.value;
    it.each(SIZES)(
      `${id} %s (%i×%i): nothing cut, outside or overlapping, labels clear`,
      (_n, w, h) => {
        for (const theme of THEMES) {
          const svg = renderChartImage(spec, { width: w, height: h, theme });
          expect(problems(svg, w, h), theme).toEqual([]);
          expect(svg).toContain('chart-annotation-difference');
        }
        // Known limit: 25 years of bars, six targets and two arrows in 320 px leave a label on a
        // mark (text never overlaps text; the check above holds).
        if (!(id === 'trade-trend' && w === 320)) {
          expect(planImage(spec, { width: w, height: h }).model?.clean).toBe(true);
        }
      },
    );
    it(`${id} at the page and phone sizes`, () => {
      for (const [w, h, labels] of [
        [1068, 440, 'auto'],
        [720, 400, 'auto'],
        [358, 420, 'below'],
      ] as const) {
        const svg = renderChartSvg(spec, { width: w, height: h, labels });
        expect(problems(svg, w, h), `${w}`).toEqual([]);
        for (const a of spec.annotations!) expect(svg).toContain(escapeXml(a.label));
      }
    });
  }
});
