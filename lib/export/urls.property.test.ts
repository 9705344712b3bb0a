import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREBUILT_IMAGES, parsePrebuiltFileName, prebuiltFileName } from './urls';

const names = PREBUILT_IMAGES.map(prebuiltFileName);

// Real names with something added or swapped, plus arbitrary text.
const fileName = fc.oneof(
  fc.constantFrom(...names),
  fc
    .tuple(fc.constantFrom(...names), fc.constantFrom('../', '/', ' ', '.', '%00', 'x', '-light'))
    .chain(([name, bit]) =>
      fc.constantFrom(`${bit}${name}`, `${name}${bit}`, name.replace('.', `${bit}.`)),
    ),
  fc.constantFrom(...names).map((n) => n.toUpperCase()),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('__proto__', 'constructor', 'toString'),
);

describe('parsePrebuiltFileName on any string', () => {
  it('accepts only the canonical names, and each parses back to the same name', () => {
    fc.assert(
      fc.property(fileName, (file) => {
        const image = parsePrebuiltFileName(file);
        if (names.includes(file)) expect(image).not.toBeNull();
        if (image === null) expect(names).not.toContain(file);
        else expect(prebuiltFileName(image)).toBe(file);
      }),
      { seed: 21, numRuns: 3000 },
    );
  });
});
