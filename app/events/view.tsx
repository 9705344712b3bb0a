import { FilterFieldset } from '@/components/filter-fieldset';
import { ParamErrors } from '@/components/param-errors';
import { SourceLink } from '@/components/source-link';
import { ENERGY_EVENT_CATEGORIES } from '@/lib/charts/crude-shipped';
import { TRADE_EVENT_CATEGORIES } from '@/lib/charts/trade-trend';
import { getDataset } from '@/lib/datasets';
import {
  EVENT_CATEGORIES,
  eventTimeline,
  formatEventCategory,
  formatEventWhen,
  parseTimelineQuery,
  timelineHref,
} from '@/lib/events';
import type { SearchParams } from '@/lib/page-params';
import { sourceOf } from '@/lib/select';

export const metadata = { title: 'Events' };

export default async function EventsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const d = getDataset();
  const { query, errors } = parseTimelineQuery(await searchParams);
  const years = eventTimeline(d, query);
  const count = years.reduce((n, y) => n + y.events.length, 0);
  const charted: Record<string, string> = {
    ...Object.fromEntries(TRADE_EVENT_CATEGORIES.map((c) => [c, 'the trade charts'])),
    ...Object.fromEntries(ENERGY_EVENT_CATEGORIES.map((c) => [c, 'the energy charts'])),
  };
  return (
    <>
      <h1>Events, 1992–2025</h1>
      <p className="lede">
        Every dated event the sources give: diplomacy, trade, energy, security and other, each with
        the passage that dates it. The trade charts mark trade events and the energy charts energy
        events; every chart and export can show any list of them (<code>?events=</code>).
      </p>
      <ParamErrors errors={errors} />
      <form action="/events" method="get" className="metrics-filter" data-testid="events-filter">
        <FilterFieldset
          legend="Categories (none ticked: all)"
          name="category"
          options={EVENT_CATEGORIES}
          checked={query.category}
          label={formatEventCategory}
        />
        <input type="hidden" name="dir" value={query.dir} />
        <button type="submit">Show</button>
        <a
          className="button button-secondary"
          href={timelineHref({ ...query, dir: query.dir === 'asc' ? 'desc' : 'asc' })}
        >
          {query.dir === 'asc' ? 'Newest first' : 'Oldest first'}
        </a>
      </form>
      <p data-testid="events-count">
        {count} of {d.events.length} events
        {query.category.length > 0 && <> ({query.category.map(formatEventCategory).join(', ')})</>}.
      </p>
      <ol className="timeline" data-testid="timeline">
        {years.map((y) => (
          <li key={y.year} data-year={y.year}>
            <h2 id={`year-${y.year}`}>{y.year}</h2>
            <ul className="plain-list">
              {y.events.map((e) => (
                <li key={e.id} id={e.id} data-event-id={e.id} data-category={e.category}>
                  <p>
                    <strong>{formatEventWhen(e)}</strong> · {e.title}{' '}
                    <span className="badge" data-testid="category">
                      {formatEventCategory(e.category)}
                    </span>
                    {charted[e.category] && (
                      <span className="muted"> · marked on {charted[e.category]}</span>
                    )}
                  </p>
                  {e.quote && (
                    <blockquote cite={sourceOf(d, e.sourceIds[0] ?? '').url}>
                      <p>{e.quote}</p>
                    </blockquote>
                  )}
                  {e.note && <p className="card-detail muted">{e.note}</p>}
                  <p className="card-detail">
                    {e.sourceIds.length > 1 ? 'Sources: ' : 'Source: '}
                    {e.sourceIds.map((s, i) => (
                      <span key={s}>
                        {i > 0 && ', '}
                        <SourceLink sourceId={s}>{sourceOf(d, s).publisher}</SourceLink>
                      </span>
                    ))}
                  </p>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {years.length === 0 && <p className="muted">No event in these categories.</p>}
    </>
  );
}
