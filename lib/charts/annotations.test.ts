import { layoutBody } from 'chart-render';
import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { cagrPct, variance } from '../growth';
import { mirrorGaps } from '../mirror';
import { annualBySide } from '../side-series';
import { parseChartOptions } from '../export/chart-options';
import { annotationSuggestions, differenceLabel, shortSpan } from './annotations';
import { getChartSpec, getChartView, type ChartId } from './registry';

const d = getDataset();
const view = (id: ChartId, q: string) => {
  const o = parseChartOptions(new URLSearchParams(q), d);
  if (!o.ok) throw new Error(JSON.stringify(o.error));
  return getChartView(d, id, o.value);
};
const ok = (id: ChartId, q: string) => {
  const v = view(id, q);
  if (!v.ok) throw new Error(JSON.stringify(v.error));
  return v.value;
};
const kz = (year: number) =>
  annualBySide(d, 'trade-turnover', 'KZ').find((o) => o.period.year === year)!.value;
const cn = (year: number) =>
  annualBySide(d, 'trade-turnover', 'CN').find((o) => o.period.year === year)!.value;

describe('difference arrows', () => {
  it('a target against the actual: variance of the 2008 Kazakh figure and the $12bn projection', () => {
    const target = d.targets.find(
      (t) => t.value === 12 && t.period?.type === 'year' && t.period.year === 2008,
    )!;
    const spec = ok('projections', 'diff=actual-kz:2008,target-2008-12bn-nazarbayev:2008');
    const a = spec.annotations![0]!;
    const v = variance(kz(2008), target.value);
    expect(a).toMatchObject({ kind: 'difference', value: v.absolute, unit: 'usd-bn' });
    expect(a.label).toBe('+$5.5bn · +45.8%');
    expect(v.pct).toBeCloseTo(45.83, 2);
    expect(a.description).toContain('variance, lib/growth.ts');
  });

  it('CN against KZ for one year is the mirror gap of lib/mirror.ts', () => {
    const gap = mirrorGaps(d).find((g) => g.year === 2021)!;
    const spec = ok('mirror-gap', 'diff=mirror-cn:2021,mirror-kz:2021');
    const a = spec.annotations![0]!;
    expect(a.value).toBe(gap.gapAbsolute);
    expect(a.label).toBe(differenceLabel(gap.cn.value, gap.kz.value, 'usd-bn'));
    expect(a.label).toBe('+$7bn · +38.9%');
    expect(gap.gapPctOfKz).toBeCloseTo(38.89, 2);
  });

  it('percentages differ in points', () => {
    expect(differenceLabel(34, 14, 'pct')).toBe('+20 pp');
  });

  it('refuses marks that do not exist, naming diff and what it may name', () => {
    const unknown = view('projections', 'diff=nope:2008,actual-kz:2008');
    expect(unknown).toMatchObject({ ok: false, error: { parameter: 'diff' } });
    if (!unknown.ok) expect(unknown.error.allowed).toContain('actual-kz');
    const noValue = view('projections', 'diff=actual-kz:2007,target-2008-12bn-nazarbayev:2008');
    expect(noValue).toMatchObject({ ok: false, error: { parameter: 'diff' } });
    if (!noValue.ok) expect(noValue.error.allowed).toContain('2008, 2009, 2010');
    const outside = view('projections', 'from=2010&diff=actual-kz:2008,actual-cn:2010');
    expect(outside).toMatchObject({ ok: false, error: { parameter: 'diff' } });
    const same = view('projections', 'diff=actual-kz:2008,actual-kz:2008');
    expect(same).toMatchObject({ ok: false, error: { parameter: 'diff' } });
    const connector = view(
      'projections',
      'diff=target-2008-12bn-nazarbayev-connector:2007,actual-kz:2008',
    );
    expect(connector).toMatchObject({ ok: false, error: { parameter: 'diff' } });
  });
});

describe('CAGR arrows', () => {
  it('cagrPct of the Chinese figures 2021 → 2024 over 3 years', () => {
    const spec = ok('projections', 'cagr=actual-cn:2021-2024');
    const a = spec.annotations![0]!;
    expect(a).toMatchObject({ kind: 'cagr', value: cagrPct(cn(2021), cn(2024), 3), unit: 'pct' });
    expect(a.label).toBe('+20.6%/yr 2021–24');
    expect(a.description).toContain('cagrPct, lib/growth.ts');
  });

  it('refuses a CAGR of a growth rate, of a missing year, or of an unknown series', () => {
    expect(view('growth-rates', 'cagr=stated-kz:2018-2022')).toMatchObject({
      ok: false,
      error: { parameter: 'cagr' },
    });
    const missing = view('projections', 'cagr=actual-cn:2020-2024');
    expect(missing).toMatchObject({ ok: false, error: { parameter: 'cagr' } });
    if (!missing.ok) expect(missing.error.allowed).toContain('2021, 2022, 2023, 2024');
    expect(view('projections', 'cagr=nope:2021-2024')).toMatchObject({
      ok: false,
      error: { parameter: 'cagr' },
    });
    expect(parseChartOptions(new URLSearchParams('cagr=actual-cn:2024-2021'), d)).toMatchObject({
      ok: false,
      error: { parameter: 'cagr' },
    });
  });

  it('writes the span short within a century', () => {
    expect(shortSpan(2021, 2024)).toBe('2021–24');
    expect(shortSpan(1999, 2001)).toBe('1999–2001');
  });
});

describe('period highlight', () => {
  it('shades the years asked, clipped to the view; outside the view is refused', () => {
    expect(ok('trade-trend', 'period=2005-2008').period).toEqual({
      start: 2005,
      end: 2009,
      label: '2005–2008',
    });
    expect(ok('trade-trend', 'period=2007').period).toMatchObject({ start: 2007, end: 2008 });
    const out = view('trade-trend', 'from=2010&period=2005-2008');
    expect(out).toMatchObject({
      ok: false,
      error: { parameter: 'period', allowed: 'years 2010–2024' },
    });
  });
});

describe('annotations on the plot', () => {
  const q =
    'from=2005&to=2024&period=2007-2008&diff=actual-kz:2008,target-2008-12bn-nazarbayev:2008&cagr=actual-cn:2021-2024';
  for (const size of [
    { width: 1068, height: 460, fontSize: 13 },
    { width: 358, height: 420, fontSize: 12, labels: 'below' as const },
    { width: 1820, height: 600, fontSize: 22 },
  ]) {
    it(`labels clear of every other label and inside the body at ${size.width} px`, () => {
      const spec = ok('projections', q);
      const m = layoutBody(spec, size);
      expect(m.annotations.map((a) => a.label.lines.join(' '))).toEqual([
        '+$5.5bn · +45.8%',
        '+20.6%/yr 2021–24',
      ]);
      const boxes = [...m.annotations.map((a) => a.label.box), ...m.labels.map((l) => l.box)];
      for (const [k, a] of boxes.entries()) {
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.y).toBeGreaterThanOrEqual(0);
        expect(a.x + a.w).toBeLessThanOrEqual(size.width);
        for (const b of boxes.slice(k + 1)) {
          const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
          expect(overlap).toBe(false);
        }
      }
      expect(m.periodBand!.x1).toBeGreaterThan(m.periodBand!.x0);
    });
  }

  it('the description names each annotation and the period', () => {
    const spec = ok('projections', q);
    expect(spec.annotations!.map((a) => a.description).join(' ')).toMatch(
      /Difference arrow: .*\+\$5\.5bn · \+45\.8%.*CAGR arrow: .*\+20\.6% a year over 3 years/,
    );
  });
});

describe('annotationSuggestions', () => {
  it('offers the $12bn target against the 2008 Kazakh figure, the mirror gaps and CAGRs, each drawable', () => {
    const base = getChartSpec(d, 'projections');
    const s = annotationSuggestions(base);
    expect(s.diff.map((o) => o.value)).toContain('actual-kz:2008,target-2008-12bn-nazarbayev:2008');
    expect(s.diff.map((o) => o.value)).toContain('actual-cn:2021,actual-kz:2021');
    expect(s.cagr.map((o) => o.value)).toContain('actual-cn:2021-2024');
    for (const o of s.diff)
      expect(view('projections', `diff=${encodeURIComponent(o.value)}`).ok).toBe(true);
    for (const o of s.cagr) expect(view('projections', `cagr=${o.value}`).ok).toBe(true);
    expect(annotationSuggestions(getChartSpec(d, 'growth-rates')).cagr).toEqual([]);
  });
});
