import { describe, expect, it } from 'vitest';
import type { Source } from '@/data/types';
import { getDataset } from './datasets';
import { formatSeries, seriesPage } from './series-names';
import {
  formatPublished,
  formatPublisher,
  formatSourceCitation,
  sourceTitleOrNote,
} from './source-names';

const s = (patch: Partial<Source>): Source => ({
  id: 'x',
  title: null,
  publisher: 'Xinhua',
  url: 'http://swap1.cn/a/250.html',
  published: null,
  quote: 'q',
  ...patch,
});

describe('source names', () => {
  it.each<[string, Partial<Source>, string, string, string]>([
    [
      'a copy without a title',
      { copyAt: 'swap1.cn' },
      'Xinhua (copy at swap1.cn)',
      'no title found (undated)',
      'Xinhua (copy at swap1.cn), undated, http://swap1.cn/a/250.html',
    ],
    [
      'an original with a title and a date',
      { title: 'A page', publisher: 'Trend', published: '2023-04' },
      'Trend',
      'A page',
      '“A page”, Trend, Apr 2023',
    ],
  ])('%s', (_name, patch, publisher, title, citation) => {
    expect(formatPublisher(s(patch))).toBe(publisher);
    expect(sourceTitleOrNote(s(patch))).toBe(title);
    expect(formatSourceCitation(s(patch))).toBe(citation);
  });

  it('formats a missing date as "undated"', () => {
    expect(formatPublished(s({}))).toBe('undated');
    expect(formatPublished(s({ published: '2007-08-16' }))).toBe('16 Aug 2007');
  });
});

describe('series names', () => {
  it('names every series the dataset uses and sends it to its page', () => {
    for (const o of getDataset().observations) {
      expect(formatSeries(o.series)).toMatch(/\w/);
      expect(seriesPage(o.series)).toBe(o.series.startsWith('trade-') ? '/trade' : '/energy');
    }
  });
});
