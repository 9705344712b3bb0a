import type { DerivedFigure } from '@/lib/derived';
import { formatPct, formatStatistic, formatUsdBn } from '@/lib/format';
import { variance } from '@/lib/growth';
import { formatPeriod } from '@/lib/periods';

function formatDerived(f: DerivedFigure): string {
  return f.unit === 'share' ? formatPct(f.value * 100) : formatUsdBn(f.value);
}

/** Figures computed from the seed's numbers, each with its formula and the later reported value. */
export function DerivedFigures({ figures }: { figures: DerivedFigure[] }) {
  return (
    <ul className="derived-list" data-testid="derived-figures">
      {figures.map((f) => {
        const later = f.laterReported;
        const off = later ? variance(later.value, f.value) : null;
        return (
          <li key={f.id} data-derived-id={f.id} title={`${f.fn}: ${f.formula}`}>
            <p className="derived-question">{f.question}</p>
            <p className="derived-value">
              {formatDerived(f)}
              <span className="derived-tag">derived</span>
            </p>
            <p className="card-detail">{f.label}</p>
            <p className="card-detail">
              <code className="formula">{f.formula}</code>{' '}
              <span className="muted">
                ({f.fn}, {formatStatistic(f.statistic).toLowerCase()} inputs)
              </span>
            </p>
            {later && off && (
              <p className="card-detail">
                Reported for {formatPeriod(later.period)}: {formatUsdBn(later.value)} (
                {later.reportedBy}); the estimate is {formatUsdBn(Math.abs(off.absolute))}{' '}
                {off.absolute >= 0 ? 'below' : 'above'} it.
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
