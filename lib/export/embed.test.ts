import { describe, expect, it } from 'vitest';
import { getChartSpec } from '../charts/registry';
import { getDataset } from '../datasets';
import { embedHeight, embedHtml, embedSnippet, escapeHtml } from './embed';

describe('escapeHtml', () => {
  it.each<[string, string, string]>([
    ['markup', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['attribute quotes', `"a" 'b'`, '&quot;a&quot; &#39;b&#39;'],
    ['ampersand first', '&lt;', '&amp;lt;'],
    ['plain', 'China–Kazakhstan', 'China–Kazakhstan'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('embedSnippet', () => {
  it('is a full-width lazy iframe with an escaped title', () => {
    expect(embedSnippet({ src: 'https://x.org/embed/a', title: 'A "b" <c>', height: 500.4 })).toBe(
      '<iframe src="https://x.org/embed/a" width="100%" height="500" loading="lazy" title="A &quot;b&quot; &lt;c&gt;" style="border:0"></iframe>',
    );
  });
});

describe('embedHeight', () => {
  it.each<[string, number, number, number]>([
    ['three series, no events', 3, 0, 510],
    ['one series', 1, 0, 490],
    ['nine series, two events', 9, 2, 640],
    ['none', 0, 0, 470],
  ])('%s', (_name, series, events, expected) => {
    const spec = { series: Array(series).fill({}), events: Array(events).fill({}) };
    expect(embedHeight(spec)).toBe(expected);
  });
});

describe('embedHtml', () => {
  const spec = getChartSpec(getDataset(), 'trade-trend');

  it('is a complete document with no script and the title, source line and page link', () => {
    const html = embedHtml({ spec, chartSvg: '<svg></svg>', pageHref: '/charts/trade-trend' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`<h1 id="t">${escapeHtml(spec.title)}</h1>`);
    expect(html).toContain(escapeHtml(spec.sourceLine));
    expect(html).toContain('href="/charts/trade-trend"');
    for (const e of spec.events) expect(html).toContain(escapeHtml(e.title));
  });

  it('escapes every spec string', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const html = embedHtml({
      spec: {
        ...spec,
        title: evil,
        subtitle: evil,
        sourceLine: evil,
        series: [{ ...spec.series[0]!, name: evil, label: evil }],
        events: [{ id: 'e', start: 2006.5, end: null, when: evil, title: evil }],
      },
      chartSvg: '',
      pageHref: '/charts/x"y',
    });
    expect(html).not.toContain('<img');
    expect(html).toContain('/charts/x&quot;y');
  });
});
