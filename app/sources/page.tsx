import Link from 'next/link';
import { citationsBySource, type CitationKind } from '@/lib/citations';
import { getDataset } from '@/lib/datasets';
import { formatPartialDate } from '@/lib/periods';

export const metadata = { title: 'Sources' };

const KIND_LABEL = {
  observation: 'Figure',
  target: 'Target',
  event: 'Event',
  pipeline: 'Pipeline',
  'gas-fact': 'Gas pipeline',
} as const satisfies Record<CitationKind, string>;

export default function SourcesPage() {
  const d = getDataset();
  const sources = citationsBySource(d);
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Every source the dashboard relies on, with the passage used and every figure, target, event
        and pipeline fact that cites it. Each figure links back to where it is shown.
      </p>
      <ol className="sources-list" data-testid="sources-list">
        {sources.map(({ source: s, citations }) => (
          <li key={s.id} id={s.id} data-source-id={s.id}>
            <article aria-labelledby={`${s.id}-title`}>
              <h2 id={`${s.id}-title`}>{s.title}</h2>
              <p className="card-detail">
                {s.publisher} · {s.published ? formatPartialDate(s.published) : 'no date given'} ·{' '}
                <a href={s.url} rel="noopener">
                  {s.url}
                </a>
              </p>
              {s.quote ? (
                <blockquote cite={s.url}>
                  <p>{s.quote}</p>
                </blockquote>
              ) : (
                <p className="muted">No passage recorded.</p>
              )}
              {s.note && <p className="card-detail muted">{s.note}</p>}
              <h3>Cited by</h3>
              {citations.length === 0 ? (
                <p className="muted">No record cites this source.</p>
              ) : (
                <ul data-testid="citations">
                  {citations.map((c) => (
                    <li key={`${c.kind}-${c.id}`}>
                      <span className="muted">{KIND_LABEL[c.kind]}:</span>{' '}
                      <Link href={c.href}>{c.label}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
