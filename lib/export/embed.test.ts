import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EMBED_CSP } from '../security-headers';
import { getChartSpec } from '../charts/registry';
import { getDataset } from '../datasets';
import { EMBED_HEIGHT_SCRIPT, EMBED_HEIGHT_SCRIPT_HASH } from './embed-height';
import { EMBED_HEIGHT_MESSAGE } from './embed-snippet';
import {
  EMBED_CHECK_WIDTHS,
  autoHeightSnippet,
  embedHeight,
  embedHeightAt,
  embedHtml,
  embedSnippet,
  escapeHtml,
} from './embed';

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
  const d = getDataset();
  const spec = getChartSpec(d, 'trade-trend');

  it('is the tallest of the embed at 320, 600 and 1000 px', () => {
    const at = EMBED_CHECK_WIDTHS.map((w) => embedHeightAt(spec, w));
    expect(embedHeight(spec)).toBe(Math.max(...at));
  });

  it.each<[string, Partial<typeof spec>]>([
    ['a longer source line', { sourceLine: `${spec.sourceLine}; ${spec.sourceLine}` }],
    ['a longer title', { title: `${spec.title} ${spec.title} ${spec.title}` }],
    ['more events', { events: [...spec.events, ...spec.events] }],
  ])('grows with %s', (_name, change) => {
    for (const w of EMBED_CHECK_WIDTHS) {
      expect(embedHeightAt({ ...spec, ...change }, w)).toBeGreaterThan(embedHeightAt(spec, w));
    }
  });

  it('is a whole number of tens of px', () => {
    for (const w of EMBED_CHECK_WIDTHS) expect(embedHeightAt(spec, w) % 10).toBe(0);
  });
});

describe('embedHtml', () => {
  const spec = getChartSpec(getDataset(), 'trade-trend');

  it('is a complete document with only the height script and the title, source line and page link', () => {
    const html = embedHtml({ spec, chartSvgs: ['<svg></svg>'], pageHref: '/charts/trade-trend' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
    expect(scripts).toEqual([EMBED_HEIGHT_SCRIPT]);
    expect(html).toContain('<html lang="en" data-chart="trade-trend">');
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
      chartSvgs: [],
      pageHref: '/charts/x"y',
    });
    expect(html).not.toContain('<img');
    expect(html).toContain('/charts/x&quot;y');
  });
});

describe('the embed height script', () => {
  it('is under 1 kB and allowed by its SHA-256 in the embed CSP, nothing else', () => {
    expect(Buffer.byteLength(EMBED_HEIGHT_SCRIPT, 'utf8')).toBeLessThanOrEqual(1000);
    const hash = createHash('sha256').update(EMBED_HEIGHT_SCRIPT).digest('base64');
    expect(EMBED_HEIGHT_SCRIPT_HASH).toBe(`'sha256-${hash}'`);
    const scriptSrc = EMBED_CSP.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(`script-src 'sha256-${hash}'`);
    expect(EMBED_CSP.startsWith("default-src 'none'")).toBe(true);
  });

  it('posts its message type with the chart id and height to the parent', () => {
    expect(EMBED_HEIGHT_SCRIPT).toContain(`type:"${EMBED_HEIGHT_MESSAGE}"`);
    expect(EMBED_HEIGHT_SCRIPT).toContain('parent.postMessage(');
    expect(EMBED_HEIGHT_SCRIPT).toContain('new ResizeObserver(');
  });
});

describe('autoHeightSnippet', () => {
  const o = { src: 'https://x.org/embed/trade-trend', title: 'Trade', height: 900 };

  it('is the plain iframe and one inline listener, on one line', () => {
    const s = autoHeightSnippet({ ...o, origin: 'https://x.org' });
    expect(s.startsWith(embedSnippet(o))).toBe(true);
    expect(s).not.toContain('\n');
    expect(s.match(/<script>/g)).toHaveLength(1);
    expect(s).toContain('e.origin!=="https://x.org"');
    expect(s).toContain('f.contentWindow===e.source');
  });

  it('cannot be closed early by its origin', () => {
    const s = autoHeightSnippet({ ...o, origin: '</script><script>alert(1)' });
    expect(s.match(/<\/script>/g)).toHaveLength(1);
  });
});
