import type { Dataset, Observation, Period, Statistic, Target } from '@/data/types';
import { annualiseHalfYearNaive, annualiseHalfYearSeasonal, firstHalfShare } from './annualise';
import { formatPct, formatUsdBn } from './format';
import { impliedPrior, variance } from './growth';
import { findObservation } from './select';

/** A number computed in lib/ from sourced figures, with the formula that produced it. */
export interface DerivedFigure {
  id: string;
  /** The user's question the figure answers. */
  question: string;
  label: string;
  period: Period;
  /** US$ bn for levels; a fraction (0–1) for `share`. */
  value: number;
  unit: 'usd-bn' | 'share';
  /** The lib/ function that computed it, for the "how" column. */
  fn: string;
  /** The formula with the actual numbers, e.g. "8.36 / (1 + 22.8%) = 6.81". */
  formula: string;
  /** Whose statistics the inputs were; a derived figure inherits them. */
  statistic: Statistic;
  inputIds: string[];
  /** What a source later reported for the same period, when it did. */
  laterReported?: Observation;
}

const trade = 'trade-turnover' as const;
const year = (y: number): Period => ({ type: 'year', year: y });
const h1 = (y: number): Period => ({ type: 'half', year: y, half: 1 });

/** The seed's headline records: 2006, H1 2007 and the $12bn projection for 2008. */
export interface Headline {
  fy2006: Observation;
  h1y2007: Observation;
  projection2008: Target;
  /** 2008 as reported afterwards; null when no statistic reports it. */
  actual2008: Observation | null;
  variance2008: { absolute: number; pct: number | null } | null;
}

/**
 * Picks the seed article's headline records and the 2008 outcome of the $12bn projection.
 * Throws when the dataset lacks them (a dataset without the seed figures is not this dashboard's).
 *
 * @example getHeadline(chinaKazakhstan).variance2008 // → { absolute: 5.5, pct: 45.83 }
 */
export function getHeadline(d: Dataset): Headline {
  const fy2006 = findObservation(d, trade, year(2006), 'unstated');
  const h1y2007 = findObservation(d, trade, h1(2007), 'unstated');
  const projection2008 = d.targets.find(
    (t) => t.kind === 'projection' && t.period?.type === 'year' && t.period.year === 2008,
  );
  if (!fy2006 || !h1y2007 || !projection2008) {
    throw new Error(`dataset "${d.id}" lacks the seed's 2006, H1 2007 or 2008-projection records`);
  }
  const actual2008 =
    findObservation(d, trade, year(2008), 'KZ') ?? findObservation(d, trade, year(2008), 'CN');
  return {
    fy2006,
    h1y2007,
    projection2008,
    actual2008,
    variance2008: actual2008 ? variance(actual2008.value, projection2008.value) : null,
  };
}

/**
 * The figures the seed's numbers imply: 2005 and H1 2006 from the stated growth rates, H1's
 * share of 2006, and full-year 2007 annualised from H1 2007 (naive and seasonal), each with
 * the later reported figure for the same period where one exists.
 *
 * @example deriveSeedFigures(chinaKazakhstan)[0].value // → 6.8078 (2005 implied by 8.36 and +22.8%)
 */
export function deriveSeedFigures(d: Dataset): DerivedFigure[] {
  const { fy2006, h1y2007 } = getHeadline(d);
  const out: DerivedFigure[] = [];
  const g2006 = fy2006.statedGrowth?.pct;
  const gH1 = h1y2007.statedGrowth?.pct;

  const implied2005 = g2006 === undefined ? null : impliedPrior(fy2006.value, g2006);
  if (implied2005 !== null && g2006 !== undefined) {
    out.push({
      id: 'derived-2005-implied',
      question: 'What must 2005 have been?',
      label: `2005 implied by 2006's ${formatPct(g2006, { sign: true })}`,
      period: year(2005),
      value: implied2005,
      unit: 'usd-bn',
      fn: 'impliedPrior',
      formula: `${fy2006.value} / (1 + ${g2006}%) = ${formatUsdBn(implied2005)}`,
      statistic: fy2006.statistic,
      inputIds: [fy2006.id],
      laterReported: findObservation(d, trade, year(2005), fy2006.statistic) ?? undefined,
    });
  }

  const impliedH1 = gH1 === undefined ? null : impliedPrior(h1y2007.value, gH1);
  if (impliedH1 === null || gH1 === undefined) return out;
  out.push({
    id: 'derived-2006-h1-implied',
    question: 'What was H1 2006?',
    label: `H1 2006 implied by H1 2007's ${formatPct(gH1, { sign: true })}`,
    period: h1(2006),
    value: impliedH1,
    unit: 'usd-bn',
    fn: 'impliedPrior',
    formula: `${h1y2007.value} / (1 + ${gH1}%) = ${formatUsdBn(impliedH1)}`,
    statistic: h1y2007.statistic,
    inputIds: [h1y2007.id],
  });

  const share = firstHalfShare(impliedH1, fy2006.value);
  if (share === null) return out;
  out.push({
    id: 'derived-2006-h1-share',
    question: 'How much of 2006 came in its first half?',
    label: 'H1 share of 2006',
    period: year(2006),
    value: share,
    unit: 'share',
    fn: 'firstHalfShare',
    formula: `${formatUsdBn(impliedH1)} / ${formatUsdBn(fy2006.value)} = ${formatPct(share * 100)}`,
    statistic: fy2006.statistic,
    inputIds: [h1y2007.id, fy2006.id],
  });

  const later2007 = findObservation(d, trade, year(2007), fy2006.statistic) ?? undefined;
  const naive = annualiseHalfYearNaive(h1y2007.value);
  out.push({
    id: 'derived-2007-annualised-naive',
    question: 'What did H1 2007 imply for the full year?',
    label: '2007 annualised from H1 (× 2)',
    period: year(2007),
    value: naive,
    unit: 'usd-bn',
    fn: 'annualiseHalfYearNaive',
    formula: `${h1y2007.value} × 2 = ${formatUsdBn(naive)}`,
    statistic: h1y2007.statistic,
    inputIds: [h1y2007.id],
    laterReported: later2007,
  });
  const seasonal = annualiseHalfYearSeasonal(h1y2007.value, share);
  if (seasonal !== null) {
    out.push({
      id: 'derived-2007-annualised-seasonal',
      question: 'What did H1 2007 imply for the full year?',
      label: "2007 annualised from H1 with 2006's H1 share",
      period: year(2007),
      value: seasonal,
      unit: 'usd-bn',
      fn: 'annualiseHalfYearSeasonal',
      formula: `${h1y2007.value} / ${formatPct(share * 100)} = ${formatUsdBn(seasonal)}`,
      statistic: h1y2007.statistic,
      inputIds: [h1y2007.id, fy2006.id],
      laterReported: later2007,
    });
  }
  return out;
}
