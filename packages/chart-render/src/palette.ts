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
