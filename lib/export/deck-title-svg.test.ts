import { describe, expect, it } from 'vitest';
import { renderPng } from 'chart-render';
import { deckZipNames } from './deck';
import { DECK_IMAGE, deckTitleSvg } from './deck-title-svg';
import { xmlProblems } from './xml-check.fixture';

const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
const ys = (svg: string) => [...svg.matchAll(/<text[^>]* y="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('deckTitleSvg', () => {
  it('draws the title, subtitle, what the deck holds and each chart title', () => {
    const svg = deckTitleSvg({ title: 'Trade', subtitle: 'Sub', chartTitles: ['A', 'B'] });
    expect(xmlProblems(svg)).toEqual([]);
    expect(texts(svg)).toEqual([
      'Trade',
      'Sub',
      expect.stringMatching(/^2 native, editable charts;/),
      expect.stringMatching(/^Chinese and Kazakh statistics/),
      'A',
      '•',
      'B',
      '•',
    ]);
    expect(svg).toMatch(/^<svg [^>]*width="1920" height="1080"/);
  });

  it.each([
    '<script>alert(1)</script>',
    'Trade ]]><![CDATA[ & &amp;',
    '=HYPERLINK("http://example.invalid","x")',
    'التجارة مع الصين 🇰🇿🇨🇳 👍🏽',
  ])('escapes a hostile title: %s', (title) => {
    const svg = deckTitleSvg({ title, subtitle: title, chartTitles: [title] });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toContain('<script');
    expect(texts(svg).join(' ')).toContain(title);
  });

  it('shrinks a long deck to fit the slide, never past its bottom', () => {
    const long = 'A chart title long enough to wrap onto a second line at the size of the list';
    const svg = deckTitleSvg({
      title: 'T',
      subtitle: 'S '.repeat(99),
      chartTitles: Array.from({ length: 12 }, () => long),
    });
    expect(Math.max(...ys(svg))).toBeLessThan(DECK_IMAGE.height);
    const png = renderPng(svg);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
  });
});

describe('deckZipNames', () => {
  it('numbers the slides and names them by chart id, never by the reader’s text', () => {
    expect(deckZipNames(['projections', 'trade-trend'])).toEqual([
      '01-title.png',
      '02-projections.png',
      '03-trade-trend.png',
    ]);
  });
});
