import { describe, expect, it } from 'vitest';
import { getDataset } from '../datasets';
import { annualBySide } from '../side-series';
import { tradeDirectionSpec } from './trade-direction';

const d = getDataset();

describe('tradeDirectionSpec', () => {
  it.each<['kz-to-cn' | 'cn-to-kz', string, string[]]>([
    ['kz-to-cn', 'trade-kz-to-cn', ['kz-to-cn-cn', 'kz-to-cn-kz', 'kz-to-cn-unstated']],
    ['cn-to-kz', 'trade-cn-to-kz', ['cn-to-kz-cn', 'cn-to-kz-kz', 'cn-to-kz-unstated']],
  ])('%s: one reported bar per side, each as annualBySide picks it', (direction, series, ids) => {
    const spec = tradeDirectionSpec(d, direction);
    expect(spec.id).toBe(series);
    expect(spec.series.map((s) => s.id)).toEqual(ids);
    (['CN', 'KZ', 'unstated'] as const).forEach((side, i) => {
      const picked = new Map(
        annualBySide(d, series as 'trade-kz-to-cn', side).map((o) => [
          String(o.period.year),
          o.value,
        ]),
      );
      expect(spec.series[i]?.values).toEqual(spec.categories.map((c) => picked.get(c) ?? null));
      expect(spec.series[i]?.kind).toBe('reported');
    });
  });

  it('spans the first to the last year with a figure, gaps left empty', () => {
    const spec = tradeDirectionSpec(d, 'cn-to-kz');
    expect([spec.categories[0], spec.categories.at(-1)]).toEqual(['2002', '2023']);
    expect(spec.series[0]?.values[spec.categories.indexOf('2010')]).toBeNull();
  });

  it('states the mirror gap by direction with the figures as stated', () => {
    expect(tradeDirectionSpec(d, 'kz-to-cn').notes[0]).toBe(
      '2013: $16bn (Chinese customs) − >$14.334bn (Kazakh ministry) = less than $1.67bn, less than +11.6% of the Kazakh figure.',
    );
    expect(tradeDirectionSpec(d, 'cn-to-kz').notes.slice(0, 2)).toEqual([
      '2013: $12.5bn (Chinese customs) − $8.193bn (Kazakh ministry) = $4.31bn, +52.6% of the Kazakh figure.',
      '2021: $14bn (Chinese media (statistic not named)) − $8.2bn (Kazakh media (statistic not named)) = $5.8bn, +70.7% of the Kazakh figure.',
    ]);
  });

  it('keeps "more than" in the note of a bounded figure', () => {
    const spec = tradeDirectionSpec(d, 'kz-to-cn');
    const i = spec.categories.indexOf('2013');
    expect(spec.series[1]?.notes?.[i]).toMatch(/^more than 14\.334 \(drawn at 14\.334\)/);
  });

  it('is empty without direction figures', () => {
    const spec = tradeDirectionSpec({ ...d, observations: [] }, 'kz-to-cn');
    expect(spec.categories).toEqual([]);
    expect(spec.series).toEqual([]);
  });
});
