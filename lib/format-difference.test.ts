import { describe, expect, it } from 'vitest';
import { formatUsdBnDifference } from './format-difference';

describe('formatUsdBnDifference', () => {
  it.each<[string, number | null, number[], boolean, string]>([
    ['2010 variance: 20.4 − 15', 20.4 - 15, [20.4, 15], true, '+$5.4bn'],
    ['2008 variance: 17.5 − 12', 17.5 - 12, [17.5, 12], true, '+$5.5bn'],
    ['2013 mirror gap: 28.5 − 22.53', 28.5 - 22.53, [28.5, 22.53], false, '$5.97bn'],
    ['2021 mirror gap: 25 − 18', 25 - 18, [25, 18], false, '$7bn'],
    ['2022 mirror gap: 31.2 − 24.1', 31.2 - 24.1, [31.2, 24.1], false, '$7.1bn'],
    [
      'a computed input is capped at 2 decimals',
      13.40944 - 13.8,
      [13.40944, 13.8],
      true,
      '−$0.39bn',
    ],
    ['negative, signed', 11.94 - 13.8, [11.94, 13.8], true, '−$1.86bn'],
    ['zero gets no sign', 0, [12, 12], true, '$0bn'],
    ['no inputs: whole billions', 5.4, [], false, '$5bn'],
    ['null', null, [1], true, '—'],
    ['NaN', NaN, [1], true, '—'],
  ])('%s', (_name, x, inputs, sign, expected) => {
    expect(formatUsdBnDifference(x, inputs, { sign })).toBe(expected);
  });
});
