import type { SeriesColor } from 'chart-render';
import type { Side } from '../select';

/** One colour per whose-statistics, the same in every chart and export (shades per theme). */
export const sideColor: Record<Side, SeriesColor> = {
  CN: 'red',
  KZ: 'blue',
  unstated: 'grey',
};

/** Projections and targets. */
export const projectionColor: SeriesColor = 'amber';

export const sideName: Record<Side, string> = {
  CN: 'Chinese statistics',
  KZ: 'Kazakh statistics',
  unstated: 'Statistics unstated',
};
