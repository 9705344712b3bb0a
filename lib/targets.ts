/**
 * Whether a leader's projection or an agreed target came true.
 */
import { isAfter } from 'date-fns';
import { variance } from './growth';

/** The outcome of a target, as the dashboard labels it. */
export type TargetStatus = 'beaten' | 'met' | 'missed' | 'pending' | 'open-ended' | 'no-data';

/**
 * An actual within ±2% of the target (inclusive) counts as met: published figures are rounded to
 * about two significant digits and targets are round numbers, so a closer call is not meaningful.
 */
export const MET_TOLERANCE_PCT = 2;

/** Absorbs float error at the tolerance edge: 12.24 vs 12 computes as 2.0000000000000018%. */
const EDGE_EPSILON_PCT = 1e-9;

export interface TargetEvaluation {
  status: TargetStatus;
  /** Actual − target (target's unit) and that relative to the target (%); null without actual. */
  variance: { absolute: number; pct: number | null } | null;
  /** Actual ≥ target, whatever the status: a pending target can already be reached. */
  alreadyReached: boolean;
}

/**
 * Evaluates a target against an actual figure on a given day:
 * - `open-ended` when the target has no period (`targetPeriodEnd` null);
 * - `pending` while `today` is not after the period end, even if the actual already exceeds it
 *   (see `alreadyReached`);
 * - `no-data` when the period has ended and there is no actual (null or not finite);
 * - otherwise `beaten` (> +2%), `met` (within ±2%, inclusive) or `missed` (< −2%); with a
 *   target ≤ 0 the sign of the absolute variance decides.
 * `variance` is filled whenever there is an actual, whatever the status. `targetPeriodEnd` is
 * the inclusive end instant, e.g. `periodInterval(period).end`.
 *
 * @example
 * // Nazarbayev's $12bn for 2008 against the Kazakh 2008 figure of $17.5bn:
 * evaluateTarget({ targetValue: 12, targetPeriodEnd: new Date('2008-12-31T23:59:59.999Z'),
 *   actual: 17.5, today: new Date('2025-01-01') })
 * // { status: 'beaten', variance: { absolute: 5.5, pct: 45.83… }, alreadyReached: true }
 */
export function evaluateTarget(args: {
  targetValue: number;
  targetPeriodEnd: Date | null;
  actual: number | null;
  today: Date;
}): TargetEvaluation {
  const { targetValue, targetPeriodEnd, actual, today } = args;
  const hasActual = actual !== null && Number.isFinite(actual);
  const v = hasActual ? variance(actual, targetValue) : null;
  const alreadyReached = hasActual && actual >= targetValue;
  const result = (status: TargetStatus): TargetEvaluation => ({
    status,
    variance: v,
    alreadyReached,
  });

  if (targetPeriodEnd === null) return result('open-ended');
  if (!isAfter(today, targetPeriodEnd)) return result('pending');
  if (v === null) return result('no-data');
  if (v.pct === null) return result(v.absolute > 0 ? 'beaten' : v.absolute < 0 ? 'missed' : 'met');
  if (v.pct > MET_TOLERANCE_PCT + EDGE_EPSILON_PCT) return result('beaten');
  if (v.pct < -MET_TOLERANCE_PCT - EDGE_EPSILON_PCT) return result('missed');
  return result('met');
}
