import { describe, expect, it } from 'vitest';
import { fixedExportKey, prebuiltImageKey } from './fixed-exports';

describe('fixedExportKey', () => {
  it.each([
    ['the deck', '/api/deck.pptx', '/api/deck.pptx'],
    ['the deck inline', '/api/deck.pptx?download=0', '/api/deck.pptx?download=0'],
    ['the data files', '/api/data.csv', '/api/data.csv'],
    ['', '/api/data.json?download=1', '/api/data.json?download=1'],
    ['the chart list', '/api/charts', '/api/charts'],
    ['the OpenAPI description', '/api/openapi.json', '/api/openapi.json'],
    ['a chart PPTX', '/api/charts/trade-trend/pptx', '/api/charts/trade-trend/pptx'],
    [
      'a chart CSV',
      '/api/charts/mirror-gap/csv?download=0',
      '/api/charts/mirror-gap/csv?download=0',
    ],
    ['not an image: they depend on the query', '/api/charts/trade-trend/png', null],
    ['not an SVG', '/api/charts/trade-trend/svg', null],
    ['not a page', '/charts/trade-trend', null],
    ['not another query', '/api/deck.pptx?v=1', null],
    ['not a bad download value', '/api/deck.pptx?download=yes', null],
    ['not a repeated one', '/api/deck.pptx?download=0&download=1', null],
    ['an empty query is none', '/api/deck.pptx?', '/api/deck.pptx'],
    ['not an encoded id', '/api/charts/trade%2Dtrend/pptx', null],
    ['not a trailing slash', '/api/deck.pptx/', null],
    ['not a traversal', '/api/charts/../deck.pptx', null],
  ])('%s: %s', (_name, url, expected) => {
    expect(fixedExportKey(url)).toBe(expected);
  });
});

describe('prebuiltImageKey', () => {
  it.each([
    ['a preset image', '/charts/trade-trend/og.png', '/charts/trade-trend/og.png'],
    [
      'a themed SVG',
      '/charts/mirror-gap/slide-4x3-dark.svg',
      '/charts/mirror-gap/slide-4x3-dark.svg',
    ],
    ['not with a query', '/charts/trade-trend/og.png?v=1', null],
    ['not an unknown preset', '/charts/trade-trend/huge.png', null],
    ['not an unknown theme', '/charts/trade-trend/og-red.png', null],
    ['not another format', '/charts/trade-trend/og.gif', null],
    ['not the chart page', '/charts/trade-trend', null],
    ['not an API image', '/api/charts/trade-trend/png', null],
    ['not a traversal', '/charts/../og.png', null],
  ])('%s: %s', (_name, url, expected) => {
    expect(prebuiltImageKey(url)).toBe(expected);
  });
});
