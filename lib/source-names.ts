/**
 * How a source is named to a reader. A title is shown only when it is the page's own; a page
 * without a known title is named by publisher, date and URL, never by something that reads
 * like a title.
 */
import type { Source } from '@/data/types';
import { formatPartialDate } from './periods';

/**
 * The publisher as a citation gives it: the original publisher, and for a copy the site it was
 * read on, "Xinhua (copy at swap1.cn)".
 *
 * @example formatPublisher({ publisher: 'CNPC', copyAt: 'en.hongxingpaper.com', … }) // "CNPC (copy at en.hongxingpaper.com)"
 */
export function formatPublisher(s: Pick<Source, 'publisher' | 'copyAt'>): string {
  return s.copyAt ? `${s.publisher} (copy at ${s.copyAt})` : s.publisher;
}

/**
 * The publication date as a reader sees it, or "undated".
 *
 * @example formatPublished({ published: '2007-08-16' }) // "16 Aug 2007"
 */
export function formatPublished(s: Pick<Source, 'published'>): string {
  return s.published ? formatPartialDate(s.published) : 'undated';
}

/**
 * What a chart's source list puts where a title goes: the title when known, otherwise
 * "no title found" and the date, so nothing pretends to be a title.
 *
 * @example sourceTitleOrNote({ title: null, published: '2007-08-16' }) // "no title found (16 Aug 2007)"
 */
export function sourceTitleOrNote(s: Pick<Source, 'title' | 'published'>): string {
  return s.title ?? `no title found (${formatPublished(s)})`;
}

/**
 * One line naming a source for a reader: `“Title”, Publisher, date` when the title is known,
 * else `Publisher, date, URL`.
 *
 * @example formatSourceCitation({ title: null, publisher: 'Xinhua', copyAt: 'swap1.cn', published: null, url: 'http://swap1.cn/a/250.html' })
 * // → "Xinhua (copy at swap1.cn), undated, http://swap1.cn/a/250.html"
 */
export function formatSourceCitation(
  s: Pick<Source, 'title' | 'publisher' | 'copyAt' | 'published' | 'url'>,
): string {
  const who = `${formatPublisher(s)}, ${formatPublished(s)}`;
  return s.title ? `“${s.title}”, ${who}` : `${who}, ${s.url}`;
}
