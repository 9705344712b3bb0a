import { ChartFigure } from '@/components/charts/chart-figure';
import { EventsToggle } from '@/components/events-toggle';
import { KnowableAtAnnouncement } from '@/components/knowable-at-announcement';
import { PendingOutlook } from '@/components/pending-outlook';
import { TrackerTable } from '@/components/tracker-table';
import { projectionsSpec } from '@/lib/charts/projections';
import { getDataset } from '@/lib/datasets';
import { parseEventsParam, type SearchParams } from '@/lib/page-params';
import { knowableForAll, pendingOutlooks, trackTargets } from '@/lib/projections';
import { applyTrackerQuery, parseTrackerQuery, trackerHref } from '@/lib/tracker-table';

export const metadata = { title: 'Projections against outcomes' };

export default async function ProjectionsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const params = await searchParams;
  const today = new Date();
  const d = getDataset();
  const { events, errors: eventErrors } = parseEventsParam(params);
  const { query, errors: tableErrors } = parseTrackerQuery(params);
  const allRows = trackTargets(d, today);
  const rows = applyTrackerQuery(allRows, query);
  return (
    <>
      <h1>Projections and targets against what happened</h1>
      <p className="lede">
        Every trade projection and target leaders announced, judged against each statistic that
        reports its year: beaten above +2%, met within ±2%, missed below −2%. Chinese and Kazakh
        figures are judged separately; a target without a year stays open-ended.
      </p>
      <EventsToggle events={events} href={trackerHref(query, {}, !events, '')} />
      <ChartFigure spec={projectionsSpec(d, { today, events })} />
      <section aria-labelledby="tracker">
        <h2 id="tracker">The tracker</h2>
        <TrackerTable
          rows={rows}
          total={allRows.length}
          query={query}
          errors={[...eventErrors, ...tableErrors]}
          events={events}
        />
      </section>
      <section aria-labelledby="pending">
        <h2 id="pending">Pending targets: growth needed against recent growth</h2>
        <p className="lede">
          From each side’s latest figure, the compound growth a year needed to reach the target,
          beside that side’s compound growth over the five calendar years up to that figure.
        </p>
        <PendingOutlook outlooks={pendingOutlooks(d, today)} />
      </section>
      <section aria-labelledby="knowable">
        <h2 id="knowable">What was knowable when each was announced</h2>
        <p className="lede">
          Only figures for periods that had ended before the announcement count (when they were
          published is not known, so this is the most that could have been known). Where a first
          half was the latest figure, the full year is annualised from it, naively (× 2) and with
          the year before’s first-half share.
        </p>
        {knowableForAll(d, today).map((k) => (
          <KnowableAtAnnouncement key={k.target.id} k={k} />
        ))}
      </section>
    </>
  );
}
