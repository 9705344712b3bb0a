import { eventKeyText, numberEvents, type ChartSpec } from 'chart-render';

/** The events marked on a chart, numbered as its badges are. */
export function ChartEvents({ spec }: { spec: ChartSpec }) {
  if (spec.events.length === 0) return null;
  return (
    <ol className="chart-events" aria-label="Events marked on the time axis">
      {numberEvents(spec.events).map((e) => (
        <li key={e.id} data-event={e.id}>
          <span className="event-badge" aria-hidden="true">
            {e.n}
          </span>
          <span className="visually-hidden">Event {e.n}: </span>
          {eventKeyText(e)}
        </li>
      ))}
    </ol>
  );
}
