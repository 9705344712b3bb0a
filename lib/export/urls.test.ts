import { describe, expect, it } from 'vitest';
import {
  PREBUILT_IMAGES,
  chartImageUrl,
  chartUrls,
  parsePrebuiltFileName,
  prebuiltFileName,
} from './urls';

describe('prebuilt file names', () => {
  it('lists 4 presets × 3 themes × 2 formats, each name distinct and parsed back', () => {
    expect(PREBUILT_IMAGES).toHaveLength(24);
    const names = PREBUILT_IMAGES.map(prebuiltFileName);
    expect(new Set(names).size).toBe(24);
    for (const p of PREBUILT_IMAGES) expect(parsePrebuiltFileName(prebuiltFileName(p))).toEqual(p);
  });

  it.each<[string, string, ReturnType<typeof parsePrebuiltFileName>]>([
    ['light has no suffix', 'og.png', { preset: 'og', theme: 'light', ext: 'png' }],
    ['dark', 'slide-16x9-dark.svg', { preset: 'slide-16x9', theme: 'dark', ext: 'svg' }],
    ['explicit light is not a name', 'og-light.png', null],
    ['traversal', '../og.png', null],
    ['unknown ext', 'og.gif', null],
    ['empty', '', null],
  ])('%s', (_name, file, expected) => {
    expect(parsePrebuiltFileName(file)).toEqual(expected);
  });
});

describe('chartImageUrl', () => {
  it.each<[string, Parameters<typeof chartImageUrl>, string]>([
    ['defaults omitted', ['trade-trend', 'png', {}], '/api/charts/trade-trend/png'],
    [
      'default preset omitted',
      ['t', 'svg', { preset: 'slide-16x9', theme: 'light' }],
      '/api/charts/t/svg',
    ],
    [
      'preset and theme',
      ['t', 'png', { preset: 'og', theme: 'dark' }],
      '/api/charts/t/png?preset=og&theme=dark',
    ],
    ['inline', ['t', 'png', { download: false }], '/api/charts/t/png?download=0'],
    ['id encoded', ['a b', 'png', {}], '/api/charts/a%20b/png'],
  ])('%s', (_name, args, expected) => {
    expect(chartImageUrl(...args)).toBe(expected);
  });
});

describe('chartUrls', () => {
  it('gives every format of a chart', () => {
    const u = chartUrls('trade-trend');
    expect(u).toMatchObject({
      page: '/charts/trade-trend',
      embed: '/embed/trade-trend',
      svg: '/api/charts/trade-trend/svg',
      png: '/api/charts/trade-trend/png',
      pptx: '/api/charts/trade-trend/pptx',
      csv: '/api/charts/trade-trend/csv',
    });
    expect(u.prebuilt.og.dark.png).toBe('/charts/trade-trend/og-dark.png');
    expect(u.prebuilt['slide-16x9'].light.svg).toBe('/charts/trade-trend/slide-16x9.svg');
  });
});
