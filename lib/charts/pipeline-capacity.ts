import type { ChartSpec } from 'chart-render';
import type { Dataset } from '@/data/types';
import { capacitySteps, sectionsInService } from '../energy';
import { formatPartialDate } from '../periods';
import { yearFrame } from './axis';
import { ENERGY_EVENT_CATEGORIES } from './crude-shipped';
import { eventLayer, type TimeAxisOptions } from './events';
import { sideColor } from './palette';
import { chartSources } from './sources';

/**
 * Oil pipeline capacity over time: a step line of cumulative design capacity (Mt/yr) by year,
 * computed by `capacitySteps`, and a point for the design capacity each section adds in the year
 * oil first flowed through it, labelled with the section's name. Events are marked unless
 * `events: false`.
 *
 * @example pipelineCapacitySpec(d).series[0].values // → [6, 6, 6, 26, 26, 26, 46]
 */
export function pipelineCapacitySpec(d: Dataset, opts: TimeAxisOptions = {}): ChartSpec {
  const steps = capacitySteps(d);
  const sections = sectionsInService(d);
  const frame = yearFrame(steps[0]?.year ?? 0, steps.at(-1)?.year ?? -1);
  const added = steps.map((s) =>
    s.added.length === 0 ? null : s.added.reduce((sum, p) => sum + p.designCapacityMtPerYear, 0),
  );
  const inServiceText = (id: string) => {
    const s = sections.find((x) => x.section.id === id)?.inService;
    return s ? `${s.what}, ${formatPartialDate(s.date)}` : '';
  };
  const axis = [frame.years[0] ?? 0, (frame.years.at(-1) ?? -1) + 1] as const;
  const events = eventLayer(d, axis, opts, ENERGY_EVENT_CATEGORIES);
  const { sources, sourceLine } = chartSources(d, [
    ...steps.flatMap((s) => s.added.flatMap((p) => p.sourceIds)),
    ...events.sourceIds,
  ]);
  return {
    id: 'pipeline-capacity',
    title: 'Kazakhstan–China oil pipeline: design capacity in service',
    subtitle:
      'Mt a year: the design capacities of the sections in service by each year, added up; each section is marked when oil first flowed through it.',
    categories: frame.categories,
    bands: frame.bands,
    xLabel: 'Year',
    yLabel: 'Mt/yr',
    valueFormat: 'mt-per-year',
    series: [
      {
        id: 'capacity-cumulative',
        name: 'Cumulative design capacity (computed)',
        label: 'All sections',
        mark: 'step',
        kind: 'estimate',
        color: sideColor.unstated,
        values: steps.map((s) => s.cumulativeDesignMtPerYear),
        notes: steps.map((s) =>
          s.added.length === 0
            ? null
            : `capacitySteps: + ${s.added.map((p) => `${p.name} ${p.designCapacityMtPerYear}`).join(' + ')}`,
        ),
      },
      {
        id: 'capacity-added',
        name: 'Design capacity of a section entering service',
        label: null,
        mark: 'point',
        kind: 'reported',
        color: sideColor.KZ,
        values: added,
        notes: steps.map((s) =>
          s.added.length === 0
            ? null
            : s.added.map((p) => `${p.name}: ${inServiceText(p.id)}`).join('; '),
        ),
        pointLabels: steps.map((s) =>
          s.added.length === 0 ? null : s.added.map((p) => p.name).join(' + '),
        ),
      },
    ],
    kindText: { estimate: 'sum of sections (computed)', reported: 'a section, reported' },
    events: events.events,
    sourceLine,
    sources,
    notes: [
      'The sections are stages of one route, so the sum is capacity built, not what the route can carry end to end.',
      'In service: the first milestone saying oil flowed (on stream, first oil, test oil); launches and completions are not counted.',
    ],
  };
}
