import { describe, expect, it } from 'vitest';
import { conflictViews, growthContradictions, mirrorGapParagraph } from './conflict-report';
import { getDataset } from './datasets';

const d = getDataset();

describe('conflictViews', () => {
  const views = conflictViews(d);

  it('resolves every claim of every conflict to what it says, its passage and its source', () => {
    expect(views).toHaveLength((d.conflicts ?? []).length);
    const ids = new Set(d.sources.map((s) => s.id));
    for (const v of views) {
      expect(v.claims.length).toBeGreaterThanOrEqual(2);
      for (const c of v.claims) {
        expect(c.says).toMatch(/\w/);
        expect(ids.has(c.sourceId)).toBe(true);
      }
    }
  });

  it.each<[string, number, string, string | null]>([
    [
      'conflict-2002-turnover',
      1,
      'Trade turnover, 2002: almost $2bn (Chinese officials), Chinese ambassador Yao Peisheng',
      '/trade#trade-2002-cn-official',
    ],
    [
      'conflict-2012-turnover',
      1,
      'Kazakh foreign minister Idrisov, Dec 2012: $33bn, no source given',
      null,
    ],
    [
      'conflict-first-oil',
      0,
      'Event, 25 May 2006: First oil reaches China through the Atasu–Alashankou pipeline: the line is filled end to end',
      '/events#event-first-oil-line-filled-2006',
    ],
    [
      'conflict-crude-end-2013',
      0,
      'Crude oil through the Kazakhstan–China pipeline, running total to 2013: 63.62 Mt, Xinjiang regional government',
      '/energy#cum-crude-2013',
    ],
  ])('%s, claim %i', (id, i, says, href) => {
    const c = views.find((v) => v.conflict.id === id)?.claims[i];
    expect(c?.says).toBe(says);
    expect(c?.href).toBe(href);
  });
});

describe('growthContradictions', () => {
  it('lists the four rates the same side’s levels contradict, with the level each implies', () => {
    expect(growthContradictions(d).map((g) => [g.observation.id, g.prior.id, g.formula])).toEqual([
      ['trade-2010-kz-official', 'trade-2009-kz-stat', '20 / (1 + 45%) = $13.79bn'],
      ['trade-2010-kz-stat', 'trade-2009-kz-stat', '20.3 / (1 + 45%) = $14.00bn'],
      ['trade-2021-unstated', 'trade-2020-unstated', '25.25 / (1 + 17.6%) = $21.47bn'],
      ['trade-2023-cn-media', 'trade-2022-cn-customs', '41.02 / (1 + 32.2%) = $31.03bn'],
    ]);
  });
});

describe('mirrorGapParagraph', () => {
  const p = mirrorGapParagraph(d);

  it('gives the years, the range and the near-equal years, computed from the figures', () => {
    expect(p).toContain(
      'In the 7 years both sides report (2010, 2013, 2018, 2021, 2022, 2023, 2024)',
    );
    expect(p).toContain('in 5 of them, by $5.97bn to $9.5bn a year');
    expect(p).toContain('2013: $28.5bn against $22.53bn, $5.97bn or +26.5% of the Kazakh figure');
    expect(p).toContain('In 2010 and 2024 the two are within $0.5bn');
    expect(p).not.toMatch(/\d\.\d{5,}/);
  });

  it('is empty when no year has both sides', () => {
    expect(mirrorGapParagraph({ ...d, observations: [] })).toBe('');
  });
});
