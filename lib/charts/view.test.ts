import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { chartCsvRows } from '../export/csv';
import { roundChartValue } from '../export/round';
import { getChartSpec, getChartView, type ChartOptions } from './registry';
import { applyView, highlightIds, retitleYears, seriesStatistic } from './view';

const d = getDataset();
const base = getChartSpec(d, 'trade-trend');
const view = (o: ChartOptions, id: Parameters<typeof getChartView>[1] = 'trade-trend') => {
  const r = getChartView(d, id, o);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('applyView', () => {
  it('returns the spec itself for the default view', () => {
    const r = applyView(base, {});
    expect(r.ok && r.value).toBe(base);
  });

  it('keeps only the years from–to, with the values of the full chart', () => {
    const v = view({ from: 2005, to: 2010 });
    expect(v.categories).toEqual(['2005', '2006', '2007', '2008', '2009', '2010']);
    const at = (c: string) => base.categories.indexOf(c);
    for (const s of v.series) {
      const full = base.series.find((x) => x.id === s.id)!;
      expect(s.values).toEqual(v.categories.map((c) => full.values[at(c)]));
      expect(s.values.some((x) => x !== null)).toBe(true);
    }
    expect(v.title).toBe('China–Kazakhstan trade turnover, 2005–2010');
    expect(v.events.every((e) => e.start >= 2005 && e.start < 2011)).toBe(true);
    expect(v.sourceLine).toBe(base.sourceLine);
    expect(v.credit).toBeUndefined();
  });

  it.each<[string, ChartOptions, (s: { kind: string; statisticLabel?: string }) => boolean]>([
    ['Kazakh statistics and the targets', { stat: ['kz'] }, (s) => seriesStatistic(s) !== 'cn'],
    ['reported figures only', { kind: ['reported'] }, (s) => s.kind === 'reported'],
  ])('keeps %s', (_name, o, keep) => {
    const v = view(o);
    expect(v.series.map((s) => s.id)).toEqual(
      base.series
        .filter((s) => keep(s) && (!o.stat || seriesStatistic(s) !== 'unstated'))
        .map((s) => s.id),
    );
    for (const s of v.series)
      expect(s.statisticLabel).toBe(base.series.find((x) => x.id === s.id)!.statisticLabel);
  });

  it('shows the reader’s title as theirs: the dashboard title stays as the credit', () => {
    const v = view({ title: 'Trade with China grew sixfold', subtitle: 'US$ bn', note: 'My note' });
    expect(v.title).toBe('Trade with China grew sixfold');
    expect(v.subtitle).toBe('US$ bn');
    expect(v.credit).toBe(`Chart: ${base.title}`);
    expect(v.notes).toEqual([...base.notes, 'My note']);
    expect(v.sourceLine).toBe(base.sourceLine);
  });

  it('greys every series but the highlighted target and its connector', () => {
    const p = getChartSpec(d, 'projections');
    const target = 'target-2008-12bn-nazarbayev';
    const v = view({ highlight: target }, 'projections');
    for (const s of v.series) {
      const own = p.series.find((x) => x.id === s.id)!;
      const lit = s.id === target || s.id === `${target}-connector`;
      expect(s.color).toBe(lit ? own.color : 'grey');
      expect(s.values).toEqual(own.values);
    }
    expect(highlightIds(p)).not.toContain(`${target}-connector`);
    expect(highlightIds(p)).not.toContain('actual-unstated');
    expect(v.notes.at(-1)).toMatch(/^Highlighted: .+; every other series is drawn in grey\.$/);
  });

  it.each<[string, ChartOptions, Parameters<typeof getChartView>[1], string, string]>([
    ['a range with no data', { from: 2026, to: 2030 }, 'trade-trend', 'from', 'years 2000–2024'],
    ['only the end of a range with no data', { to: 1995 }, 'trade-trend', 'to', 'years 2000–2024'],
    [
      'a side the chart does not have',
      { stat: ['cn'] },
      'crude-shipped',
      'stat',
      'unstated: reported',
    ],
    ['an unknown series', { highlight: 'nope' }, 'trade-trend', 'highlight', 'annual-cn'],
    [
      'a series filtered out',
      { stat: ['kz'], highlight: 'annual-cn' },
      'trade-trend',
      'highlight',
      'annual-kz',
    ],
    [
      'a grey series, which cannot stand out',
      { highlight: 'mirror-gap' },
      'mirror-gap',
      'highlight',
      'mirror-cn, mirror-kz',
    ],
  ])('refuses %s, naming the parameter', (_name, o, id, parameter, allowed) => {
    const r = getChartView(d, id, o);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.parameter).toBe(parameter);
    expect(r.error.allowed).toContain(allowed);
  });

  it('writes in the CSV exactly the values it plots', () => {
    const v = view({ from: 2005, to: 2010, stat: ['kz'] });
    const rows = chartCsvRows(v)
      .slice(1)
      .filter((r) => r[4] !== 'event');
    const plotted = v.series.flatMap((s) =>
      s.values.flatMap((x, i) =>
        x === null ? [] : [`${v.categories[i]}|${s.id}|${roundChartValue(x, v.valueFormat)}`],
      ),
    );
    expect(rows.map((r) => `${r[1]}|${r[2]}|${r[6]}`).sort()).toEqual(plotted.sort());
    expect(rows.every((r) => Number(r[1]) >= 2005 && Number(r[1]) <= 2010)).toBe(true);
  });
});

describe('retitleYears', () => {
  it.each<[string, [number, number], string]>([
    ['Trade, 2000–2024', [2005, 2011], 'Trade, 2005–2010'],
    ['Trade, 2000–2024', [2007, 2008], 'Trade, 2007'],
    ['Trade', [2005, 2011], 'Trade'],
    ['Trade, H1 2007', [2007, 2007.5], 'Trade, H1 2007'],
  ])('%s over %j → %s', (title, axis, expected) => {
    expect(retitleYears(title, axis)).toBe(expected);
  });
});
