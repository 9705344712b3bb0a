import type { SeriesColor } from './spec';

export type Theme = 'light' | 'dark' | 'transparent';

export const THEMES = ['light', 'dark', 'transparent'] as const;

/** The colours of one theme: every surface reads these and nothing else. */
export interface Palette {
  /** Null: no background (the transparent theme). */
  background: string | null;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  /** Fill inside hollow marks: the background, so a hollow mark reads as an outline. */
  hollow: string;
  /** A faint band behind the years after the last reported figure. */
  future: string;
  series: Record<SeriesColor, string>;
}

const LIGHT_SERIES: Record<SeriesColor, string> = {
  red: '#c8102e',
  blue: '#00739e',
  grey: '#5f6b7a',
  amber: '#b45309',
  teal: '#0f766e',
  purple: '#7e22ce',
};

/** Each shade has at least 4.5:1 contrast on its background, so labels in it pass WCAG AA. */
export const PALETTES: Record<Theme, Palette> = {
  light: {
    background: '#ffffff',
    text: '#1f2933',
    muted: '#52606d',
    grid: '#e4e7eb',
    axis: '#9aa5b1',
    hollow: '#ffffff',
    future: '#f3f4f6',
    series: LIGHT_SERIES,
  },
  dark: {
    background: '#111827',
    text: '#e5e7eb',
    muted: '#a3acb9',
    grid: '#253041',
    axis: '#6b7280',
    hollow: '#111827',
    future: '#1a2332',
    series: {
      red: '#f87171',
      blue: '#38bdf8',
      grey: '#a3acb9',
      amber: '#f59e0b',
      teal: '#2dd4bf',
      purple: '#c084fc',
    },
  },
  // For slides with their own background: light-theme ink, hollow marks left unfilled.
  transparent: {
    background: null,
    text: '#1f2933',
    muted: '#52606d',
    grid: '#e4e7eb',
    axis: '#9aa5b1',
    hollow: 'none',
    future: 'none',
    series: LIGHT_SERIES,
  },
};

/**
 * The palette of a theme; throws on an unknown theme (a caller passed unchecked input).
 *
 * @example paletteOf('dark').series.red // → "#f87171"
 */
export function paletteOf(theme: Theme = 'light'): Palette {
  const p = PALETTES[theme];
  if (p === undefined) throw new RangeError(`chart-render: unknown theme ${String(theme)}`);
  return p;
}

/** The colour roles of a palette, as CSS custom property and class names use them. */
export const COLOR_ROLES = [
  'bg',
  'text',
  'muted',
  'grid',
  'axis',
  'future',
  'red',
  'blue',
  'grey',
  'amber',
  'teal',
  'purple',
] as const;

export type ColorRole = (typeof COLOR_ROLES)[number];

/**
 * The colour of each role in a palette (`bg` is the background, also the fill of hollow marks).
 *
 * @example roleColors(PALETTES.dark).red // → "#f87171"
 */
export function roleColors(p: Palette): Record<ColorRole, string> {
  return {
    bg: p.background ?? 'none',
    text: p.text,
    muted: p.muted,
    grid: p.grid,
    axis: p.axis,
    future: p.future,
    ...p.series,
  };
}

/**
 * Tags every fill and stroke of an SVG drawn in `palette` with the role of its colour
 * (`class="cf-red cs-axis"`), so a page stylesheet can recolour the same SVG for another theme
 * (`.cf-red { fill: var(--chart-red) }`); the attributes stay, so resvg and any viewer without
 * the stylesheet still draw the palette's colours.
 *
 * @example withRoleClasses('<rect fill="#c8102e"/>', PALETTES.light) // → '<rect fill="#c8102e" class="cf-red"/>'
 */
export function withRoleClasses(svg: string, palette: Palette): string {
  const byColor = new Map<string, ColorRole>();
  for (const [role, color] of Object.entries(roleColors(palette)) as [ColorRole, string][]) {
    if (color.startsWith('#') && !byColor.has(color)) byColor.set(color, role);
  }
  return svg.replace(
    /<([a-zA-Z]+)((?:\s[^>]*?)?)(\/?)>/g,
    (tag, name: string, attrs: string, close: string) => {
      const classes: string[] = [];
      for (const [attr, prefix] of [
        ['fill', 'cf'],
        ['stroke', 'cs'],
      ] as const) {
        const color = new RegExp(`\\s${attr}="(#[0-9a-fA-F]{6})"`).exec(attrs)?.[1];
        const role = color ? byColor.get(color.toLowerCase()) : undefined;
        if (role) classes.push(`${prefix}-${role}`);
      }
      if (classes.length === 0) return tag;
      const existing = /\sclass="([^"]*)"/.exec(attrs);
      const merged = existing
        ? attrs.replace(existing[0], ` class="${existing[1]} ${classes.join(' ')}"`)
        : `${attrs} class="${classes.join(' ')}"`;
      return `<${name}${merged}${close}>`;
    },
  );
}
