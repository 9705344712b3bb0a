/**
 * A plain link that shows or hides the dated events on the page's time-axis charts; the state
 * lives in the URL (`?events=off`), so it works without JavaScript.
 */
export function EventsToggle({ events, href }: { events: boolean; href: string }) {
  return (
    <p className="events-toggle" data-testid="events-toggle">
      {events
        ? 'Dated events are marked on the time axes, numbered as in the list under each chart. '
        : 'Dated events are hidden on the charts. '}
      <a href={href}>{events ? 'Hide events' : 'Show events'}</a>
    </p>
  );
}
