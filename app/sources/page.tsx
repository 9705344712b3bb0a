import Link from 'next/link';
import { citationsBySource, type CitationKind } from '@/lib/citations';
import { getDataset } from '@/lib/datasets';
import { formatPublished, formatPublisher } from '@/lib/source-names';

export const metadata = { title: 'Sources' };

const KIND_LABEL = {
  observation: 'Figure',
  'growth-statement': 'Growth rate',
  product: 'Product',
  checkpoint: 'Running total',
  target: 'Target',
  event: 'Event',
  pipeline: 'Pipeline',
  'gas-fact': 'Gas pipeline',
  conflict: 'Conflict',
} as const satisfies Record<CitationKind, string>;

export default function SourcesPage() {
  const d = getDataset();
  const sources = citationsBySource(d);
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Every source the dashboard relies on, with the passage used and every figure, target, event
        and pipeline fact that cites it. Each figure links back to where it is shown. A title is the
        page’s own; where no copy of the page was found, the source is named by publisher, date and
        address only. A copy of an item first published elsewhere is shown under its original
        publisher, “(copy at …)”. Where sources disagree:{' '}
        <Link href="/sources/conflicts">conflicts between sources</Link>.
      </p>
      <ol className="sources-list" data-testid="sources-list">
        {sources.map(({ source: s, citations }) => (
          <li key={s.id} id={s.id} data-source-id={s.id}>
            <article aria-labelledby={`${s.id}-title`}>
              <h2 id={`${s.id}-title`} data-testid="source-name">
                {s.title ?? `${formatPublisher(s)}, ${formatPublished(s)}`}
              </h2>
              <p className="card-detail">
                {s.title ? <>{formatPublisher(s)} · </> : <>No title found · </>}
                {s.published ? formatPublished(s) : 'no date given'} ·{' '}
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
