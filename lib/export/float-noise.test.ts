import { describe, expect, it } from 'vitest';
import { findFloatNoise, MAX_CLEAN_DECIMALS } from './float-noise';

const values = (text: string, skipGeometry = false) =>
  findFloatNoise(text, { skipGeometry }).map((h) => h.value);

describe('findFloatNoise', () => {
  it.each<[string, string, string[]]>([
    ['a noisy difference in CSV', 'gap,5.969999999999999\r\n', ['5.969999999999999']],
    ['a long ratio in JSON', '{"pct": 22.94117647058822}', ['22.94117647058822']],
    ['a 0.1 + 0.2 tail', 'x=0.30000000000000004;', ['0.30000000000000004']],
    ['a run of nines', '6.1999999', ['6.1999999']],
    ['a negative', '-0.17999999999999972', ['-0.17999999999999972']],
    ['clean figures', '5.97, 0.625783, 12.3082, 43.82, 1,833', []],
    ['ids and URLs are not numbers', 'c_139251568.htm content_1154693 a3645188', []],
    ['versions and dates', 'next 16.4.6 on 2007-08-18T00:00:00.000Z', []],
    ['a percentage rounded to 2', '26.5%', []],
  ])('%s', (_name, text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('skips SVG geometry, scripts and styles only when asked', () => {
    const svg =
      '<svg viewBox="0 0 100.123456789 50"><path d="M1.23456789012 2L3 4"/><text x="12.3456789012">5.969999999999999</text></svg><script>var a=1.23456789012</script>';
    expect(values(svg, true)).toEqual(['5.969999999999999']);
    // Without skipping: the viewBox, the x and the script's number too (M1.23… is not a number).
    expect(values(svg)).toHaveLength(4);
  });

  it('gives the context of each hit', () => {
    const [hit] = findFloatNoise('2013,gap,5.969999999999999,usd-bn');
    expect(hit?.context).toBe('2013,gap,5.969999999999999,usd-bn');
    expect(hit?.index).toBe(9);
  });

  it('allows no more decimals than any source gives, and a margin', () => {
    expect(MAX_CLEAN_DECIMALS).toBe(8);
    expect(values('0.12345678')).toEqual([]);
    expect(values('0.123456789')).toEqual(['0.123456789']);
  });
});
