import { describe, expect, it } from 'vitest';
import { contentDisposition, exportFileName } from './file-names';

describe('exportFileName', () => {
  it.each<[string, Parameters<typeof exportFileName>[0], string]>([
    [
      'PNG slide',
      {
        datasetId: 'china-kazakhstan',
        chartId: 'trade-trend',
        ext: 'png',
        width: 1920,
        height: 1080,
      },
      'china-kazakhstan-trade-trend-1920x1080.png',
    ],
    [
      'scaled, dark',
      {
        datasetId: 'china-kazakhstan',
        chartId: 'og',
        ext: 'png',
        width: 1200,
        height: 630,
        scale: 2,
        theme: 'dark',
      },
      'china-kazakhstan-og-1200x630@2x-dark.png',
    ],
    [
      'scale 1 adds nothing',
      {
        datasetId: 'd',
        chartId: 'c',
        ext: 'svg',
        width: 800,
        height: 600,
        scale: 1,
        theme: 'light',
      },
      'd-c-800x600.svg',
    ],
    [
      'deck',
      { datasetId: 'china-kazakhstan', label: 'charts', ext: 'pptx' },
      'china-kazakhstan-charts.pptx',
    ],
    [
      'odd characters collapse',
      { datasetId: 'A b/../c', chartId: 'X_Y', ext: 'csv' },
      'a-b-c-x-y.csv',
    ],
    ['nothing usable', { datasetId: '…', ext: 'json' }, 'export.json'],
  ])('%s', (_name, input, expected) => {
    expect(exportFileName(input)).toBe(expected);
  });
});

describe('contentDisposition', () => {
  it.each<[string, string, boolean, string]>([
    ['attachment', 'a-1920x1080@2x.png', true, 'attachment; filename="a-1920x1080@2x.png"'],
    ['inline', 'a.svg', false, 'inline; filename="a.svg"'],
    ['quotes and slashes replaced', 'a"b/c.png', true, 'attachment; filename="a-b-c.png"'],
  ])('%s', (_name, file, download, expected) => {
    expect(contentDisposition(file, download)).toBe(expected);
  });
});
