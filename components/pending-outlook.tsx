import { formatPct, formatStatistic, formatValue } from '@/lib/format';
import type { PendingOutlook as Outlook } from '@/lib/projections';
import { sideName } from '@/lib/charts/palette';
import { formatPartialDate } from '@/lib/periods';
import { SourceLink } from './source-link';

/**
 * For each pending target, per side: the growth a year still needed from that side's latest
 * figure, beside the same side's growth over the five calendar years up to that figure.
 */
export function PendingOutlook({ outlooks }: { outlooks: Outlook[] }) {
  if (outlooks.length === 0) return <p>No target is pending.</p>;
  return (
    <>
      {outlooks.map(({ target: t, sides }) => (
        <div className="table-scroll" key={t.id}>
          <table data-testid={`outlook-${t.id}`}>
            <caption>
              {formatValue(t.value, t.unit)} for {t.period?.year} ({t.who},{' '}
              {formatPartialDate(t.announced)}): growth needed against recent growth
            </caption>
            <thead>
              <tr>
                <th scope="col">Whose statistics</th>
                <th scope="col">Latest figure</th>
                <th scope="col" className="num">
                  Years to go
                </th>
                <th scope="col" className="num">
                  Growth needed a year
                </th>
                <th scope="col">Growth a year over the last five years</th>
              </tr>
            </thead>
            <tbody>
              {sides.map((s) => {
                const [from, to] = s.trend.window;
                const first = s.trend.points[0];
                const last = s.trend.points.at(-1);
                return (
                  <tr key={s.side} data-side={s.side}>
                    <th scope="row">{sideName[s.side]}</th>
                    <td>
                      {s.latest.period.year}:{' '}
                      <SourceLink sourceId={s.latest.sourceId}>
                        {formatValue(s.latest.value, s.latest.unit)}
                      </SourceLink>{' '}
                      <span className="muted">({formatStatistic(s.latest.statistic)})</span>
                    </td>
                    <td className="num">{s.years}</td>
                    <td className="num" data-testid="required">
                      {formatPct(s.requiredPct, { sign: true })}
                      {s.alreadyReached && (
                        <span className="muted"> (already above the target)</span>
                      )}
                    </td>
                    <td data-testid="trend">
                      {s.trend.cagrPct !== null && first && last ? (
                        <>
                          {formatPct(s.trend.cagrPct, { sign: true })}{' '}
                          <span className="muted">
                            ({first.period.year} {formatValue(first.value, first.unit)} →{' '}
                            {last.period.year} {formatValue(last.value, last.unit)}, window {from}–
                            {to})
                          </span>
                        </>
                      ) : (
                        <>
                          Not computed:{' '}
                          {s.trend.points.length === 1 ? 'only one figure' : 'no figures'} in {from}
                          –{to}
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
