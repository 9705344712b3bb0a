import type { Side } from '../select';

/** One colour per whose-statistics, the same in every chart and export. */
export const sideColor: Record<Side, string> = {
  CN: '#c8102e',
  KZ: '#00739e',
  unstated: '#5f6b7a',
};

/** Projections and targets: amber, hatched or dashed. */
export const projectionColor = '#b45309';

export const sideName: Record<Side, string> = {
  CN: 'Chinese statistics',
  KZ: 'Kazakh statistics',
  unstated: 'Statistics unstated',
};
