import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLOR_ROLES, PALETTES, roleColors } from 'chart-render';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(__dirname, '..', '..', 'app', 'globals.css'), 'utf8');

/** The --chart-* custom properties of the first `:root { … }` block in `text`. */
function chartVars(text: string): Record<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(text)?.[1] ?? '';
  return Object.fromEntries(
    [...root.matchAll(/--chart-([a-z]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [
      m[1]!,
      m[2]!.toLowerCase(),
    ]),
  );
}

describe('the page stylesheet recolours charts with the engine palettes', () => {
  it('defines every role of the light palette, equal to PALETTES.light', () => {
    expect(chartVars(css)).toEqual(roleColors(PALETTES.light));
  });

  it('defines every role of the dark palette under prefers-color-scheme: dark, equal to PALETTES.dark', () => {
    const dark = css.slice(css.indexOf('@media screen and (prefers-color-scheme: dark)'));
    expect(chartVars(dark)).toEqual(roleColors(PALETTES.dark));
  });

  it('maps every role class to its custom property', () => {
    for (const role of COLOR_ROLES) {
      expect(css).toMatch(new RegExp(`\\.cf-${role}\\s*\\{\\s*fill:\\s*var\\(--chart-${role}\\);`));
      expect(css).toMatch(
        new RegExp(`\\.cs-${role}\\s*\\{\\s*stroke:\\s*var\\(--chart-${role}\\);`),
      );
    }
  });
});
