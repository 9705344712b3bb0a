import type { Dataset } from '@/data/types';
import { capacitySteps, sectionsInService } from '../energy';
import { formatPartialDate } from '../periods';
import { sideColor } from './palette';
import { chartSources } from './sources';
import type { ChartSpec } from './spec';
import { eventLayer, type TimeAxisOptions } from './time-axis';

/**
 * Oil pipeline capacity over time: a step line of cumulative design capacity (Mt/yr) by year,
 * computed by `capacitySteps`, and a point for the design capacity each section adds in the
 * year it entered service. Events are marked unless `events: false`.
 *
 * @example pipelineCapacitySpec(d).series[0].values // → [6, 6, 6, 26, 26, 26, 46]
 */
export function pipelineCapacitySpec(d: Dataset, opts: TimeAxisOptions = {}): ChartSpec {
  const steps = capacitySteps(d);
  const sections = sectionsInService(d);
  const categories = steps.map((s) => String(s.year));
  const added = steps.map((s) =>
    s.added.length === 0 ? null : s.added.reduce((sum, p) => sum + p.designCapacityMtPerYear, 0),
  );
  const inServiceText = (id: string) => {
    const s = sections.find((x) => x.section.id === id)?.inService;
    return s ? `${s.what}, ${formatPartialDate(s.date)}` : '';
  };
  const events = eventLayer(d, categories, opts);
  const { sources, sourceLine } = chartSources(d, [
    ...steps.flatMap((s) => s.added.flatMap((p) => p.sourceIds)),
    ...events.sourceIds,
  ]);
  return {
    id: 'pipeline-capacity',
    title: 'Kazakhstan–China oil pipeline: design capacity in service',
    subtitle:
      'Mt a year. Step: sum of the design capacities of the sections in service by that year (computed); points: the design capacity a section added when oil first flowed through it.',
    categories,
    xLabel: 'Year',
    yLabel: 'Mt/yr',
    valueFormat: 'mt-per-year',
    series: [
      {
        id: 'capacity-cumulative',
        name: 'Cumulative design capacity (computed)',
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
        mark: 'point',
        kind: 'reported',
        color: sideColor.KZ,
        values: added,
        notes: steps.map((s) =>
          s.added.length === 0
            ? null
            : s.added.map((p) => `${p.name}: ${inServiceText(p.id)}`).join('; '),
        ),
      },
    ],
    annotations: events.annotations,
    sourceLine,
    sources,
    notes: [
      'The sections are stages of one route, so the sum is capacity built, not what the route can carry end to end.',
      'In service: the first milestone saying oil flowed (on stream, first oil, test oil); launches and completions are not counted.',
    ],
  };
}
