import type { EventSpec } from './spec';

/** An event with the number it carries on one chart (1 for the earliest). */
export interface NumberedEvent extends EventSpec {
  n: number;
}

/**
 * A chart's events in date order, numbered from 1; the chart's marks and its key use the same
 * numbers. Ties keep the spec's order.
 *
 * @example numberEvents([{ start: 2007.6, … }, { start: 2006.64, … }]).map((e) => e.n) // → [2, 1] by position
 */
export function numberEvents(events: readonly EventSpec[]): NumberedEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.i - b.i)
    .map(({ e }, k) => ({ ...e, n: k + 1 }));
}

/**
 * The key line of one event: "1  24–26 Aug 2006: Tien-Shan-1-2006, …" is drawn as a numbered
 * badge and this text.
 *
 * @example eventKeyText({ when: 'Apr 2007', title: 'Kazakhstan publishes its new military doctrine' }) // → "Apr 2007: Kazakhstan publishes its new military doctrine"
 */
export function eventKeyText(e: Pick<EventSpec, 'when' | 'title'>): string {
  return `${e.when}: ${e.title}`;
}

/** Events close enough on the axis to share one marker, and the label of that marker. */
export interface EventCluster {
  events: NumberedEvent[];
  /** "1", or "2–6" for a run. */
  label: string;
  /** Px of the first event's start and of the last event's end (or start). */
  x0: number;
  x1: number;
}

/**
 * Groups numbered events whose markers would overlap at this axis scale into one marker
 * ("2–6"), so a run of events in one year reads as one mark with a range.
 *
 * @example clusterEvents(events, (t) => (t - 2000) * 40, 20)[1].label // → "2–6" for five events within 2007
 */
export function clusterEvents(
  events: readonly NumberedEvent[],
  x: (t: number) => number,
  minDistancePx: number,
  widthOf: (label: string) => number = () => minDistancePx,
): EventCluster[] {
  const clusters: EventCluster[] = [];
  for (const e of events) {
    const ex0 = x(e.start);
    const ex1 = x(e.end ?? e.start);
    const last = clusters.at(-1);
    if (last) {
      const lastLabelW = widthOf(last.label);
      const centre = (last.x0 + last.x1) / 2;
      if (ex0 - centre < lastLabelW / 2 + minDistancePx / 2) {
        last.events.push(e);
        last.x1 = Math.max(last.x1, ex1);
        const first = last.events[0]!.n;
        last.label = first === e.n ? String(first) : `${first}–${e.n}`;
        continue;
      }
    }
    clusters.push({ events: [e], label: String(e.n), x0: ex0, x1: ex1 });
  }
  return clusters;
}
