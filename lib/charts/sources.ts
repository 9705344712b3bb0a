import type { Dataset } from '@/data/types';
import { sourceOf } from '../select';
import { formatPublisher, sourceTitleOrNote } from '../source-names';
import type { ChartSourceRef } from 'chart-render';

/**
 * The sources a chart draws on, in first-use order without repeats, and the one-line credit
 * printed under it: "Sources: CACI Analyst (2007); Voice of America (Chinese) (2010)".
 * A source without a publication date is credited by publisher alone. In the list, a copy's
 * publisher reads "Xinhua (copy at swap1.cn)", and a page without a known title gets
 * "no title found (date)" where a title would go.
 *
 * @example chartSources(d, ['caci-2007-09-05']).sourceLine // → "Source: CACI Analyst (2007)"
 */
export function chartSources(
  d: Dataset,
  sourceIds: readonly string[],
): { sources: ChartSourceRef[]; sourceLine: string } {
  const ids = [...new Set(sourceIds)];
  const sources = ids.map((id) => {
    const s = sourceOf(d, id);
    // A page without a known title gets "no title found (date)" where the spec expects a title.
    return {
      id: s.id,
      publisher: formatPublisher(s),
      title: sourceTitleOrNote(s),
      url: s.url,
      published: s.published,
    };
  });
  // The credit names the original publisher; the copy's site is in the source list.
  const credits = ids.map((id) => {
    const s = sourceOf(d, id);
    return s.published ? `${s.publisher} (${s.published.slice(0, 4)})` : s.publisher;
  });
  const unique = [...new Set(credits)];
  const label = unique.length === 1 ? 'Source' : 'Sources';
  return {
    sources: sources.map(({ id, publisher, title, url }) => ({ id, publisher, title, url })),
    sourceLine: unique.length === 0 ? '' : `${label}: ${unique.join('; ')}`,
  };
}
