import Link from 'next/link';
import type { Headline } from '@/lib/derived';
import { formatPct, formatStatistic, formatUsdBn } from '@/lib/format';
import { formatPartialDate, formatPeriod } from '@/lib/periods';

/** The seed article's headline figures and the 2008 outcome beside the $12bn projection. */
export function HeadlineCards({ headline }: { headline: Headline }) {
  const { fy2006, h1y2007, projection2008: p, actual2008, variance2008 } = headline;
  const growth = (pct: number | undefined) =>
    pct === undefined ? '' : formatPct(pct, { sign: true });
  return (
    <ul className="headline-cards" data-testid="headline-cards">
      <li className="card" data-testid="card-2006">
        <p className="card-label">Trade turnover, {formatPeriod(fy2006.period)}</p>
        <p className="card-value">{formatUsdBn(fy2006.value)}</p>
        <p className="card-detail">
          {growth(fy2006.statedGrowth?.pct)} on 2005 · {formatStatistic(fy2006.statistic)} ·{' '}
          <Link href={`/sources#${fy2006.sourceId}`}>source</Link>
        </p>
      </li>
      <li className="card" data-testid="card-h1-2007">
        <p className="card-label">Trade turnover, {formatPeriod(h1y2007.period)}</p>
        <p className="card-value">{formatUsdBn(h1y2007.value)}</p>
        <p className="card-detail">
          {growth(h1y2007.statedGrowth?.pct)} on H1 2006 · {formatStatistic(h1y2007.statistic)} ·{' '}
          <Link href={`/sources#${h1y2007.sourceId}`}>source</Link>
        </p>
      </li>
      <li className="card card-projection" data-testid="card-projection-2008">
        <p className="card-label">
          Projection for {p.period ? formatPeriod(p.period) : 'an open date'}
        </p>
        <p className="card-value">{formatUsdBn(p.value)}</p>
        <p className="card-detail">
          {p.who}, {formatPartialDate(p.announced)} ·{' '}
          <Link href={`/sources#${p.sourceId}`}>source</Link>
        </p>
      </li>
      <li className="card" data-testid="card-actual-2008">
        <p className="card-label">What 2008 actually reached</p>
        {actual2008 ? (
          <>
            <p className="card-value">{formatUsdBn(actual2008.value)}</p>
            <p className="card-detail">
              {variance2008 && (
                <strong className={variance2008.absolute >= 0 ? 'variance-up' : 'variance-down'}>
                  {formatUsdBn(variance2008.absolute, { sign: true })} (
                  {formatPct(variance2008.pct, { sign: true })}) vs projection
                </strong>
              )}{' '}
              · {formatStatistic(actual2008.statistic)}, {actual2008.reportedBy} ·{' '}
              <Link href={`/sources#${actual2008.sourceId}`}>source</Link>
            </p>
          </>
        ) : (
          <p className="card-value">No figure found</p>
        )}
      </li>
    </ul>
  );
}
