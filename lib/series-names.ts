import type { SeriesId } from '@/data/types';

const SERIES_LABEL = {
  'trade-turnover': 'Trade turnover',
  'trade-cn-to-kz': 'Trade China → Kazakhstan',
  'trade-kz-to-cn': 'Trade Kazakhstan → China',
  'crude-oil-via-pipeline': 'Crude oil through the Kazakhstan–China pipeline',
  'crude-exports-kz-to-cn': 'Kazakh crude exports to China, all routes',
  'crude-via-alataw-pass': 'Crude oil into China through the Alataw Pass (Kazakh and Russian)',
  'russian-oil-transit-to-cn': 'Russian oil in transit to China through Kazakhstan',
  'russian-oil-transit-to-cn-uz':
    'Russian oil in transit through Kazakhstan to China and Uzbekistan',
  'gas-via-central-asia-pipeline': 'Gas through the Central Asia–China pipeline',
  'gas-exports-kz-to-cn': 'Kazakh gas exports to China',
} as const satisfies Record<SeriesId, string>;

/**
 * A series as a reader sees it.
 *
 * @example formatSeries('russian-oil-transit-to-cn') // "Russian oil in transit to China through Kazakhstan"
 */
export function formatSeries(s: SeriesId): string {
  return SERIES_LABEL[s];
}

/**
 * The page that lists a series' figures: /trade for trade (turnover and direction), /energy for
 * oil and gas.
 *
 * @example seriesPage('trade-kz-to-cn') // "/trade"
 */
export function seriesPage(s: SeriesId): '/trade' | '/energy' {
  return s.startsWith('trade-') ? '/trade' : '/energy';
}
