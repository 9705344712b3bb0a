import { z } from 'zod';
import type { Dataset, Observation } from '@/data/types';
import { growthReport } from './growth-report';
import { formatPeriod, periodKey } from './periods';

const partialDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'expected YYYY, YYYY-MM or YYYY-MM-DD',
  );
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id');
const nonNegative = z
  .number()
  .refine(Number.isFinite, 'must be a finite number')
  .refine((v) => v >= 0, 'must not be negative');
const unit = z.enum(['usd-bn', 'mt', 'mt-per-year', 'bcm-per-year', 'km']);
const year = z.number().int().min(1900).max(2100);

const period = z.discriminatedUnion('type', [
  z.object({ type: z.literal('year'), year }).strict(),
  z.object({ type: z.literal('half'), year, half: z.union([z.literal(1), z.literal(2)]) }).strict(),
  z
    .object({
      type: z.literal('quarter'),
      year,
      quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    })
    .strict(),
]);

const source = z
  .object({
    id,
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    published: partialDate.nullable(),
    // Empty where the reference records the figure but no verbatim passage.
    quote: z.string(),
    note: z.string().optional(),
  })
  .strict();

const observation = z
  .object({
    id,
    series: z.enum(['trade-turnover', 'crude-oil-via-pipeline']),
    period,
    value: nonNegative,
    unit,
    kind: z.literal('reported'),
    statistic: z.enum(['cn-customs', 'cn-official', 'kz-stat', 'kz-official', 'unstated']),
    reportedBy: z.string().min(1),
    sourceId: id,
    quote: z.string(),
    statedGrowth: z
      .object({
        pct: z.number().refine(Number.isFinite, 'must be a finite number'),
        basis: z.enum(['previous-year', 'same-period-previous-year']),
        qualifier: z.literal('more-than').optional(),
      })
      .strict()
      .optional(),
    note: z.string().optional(),
  })
  .strict();

const target = z
  .object({
    id,
    kind: z.enum(['projection', 'target']),
    series: z.enum(['trade-turnover', 'crude-oil-via-pipeline']),
    announced: partialDate,
    announcedQualifier: z.literal('by').optional(),
    who: z.string().min(1),
    whoShort: z.string().min(1).optional(),
    value: nonNegative,
    unit,
    period: period.nullable(),
    sourceId: id,
    quote: z.string().min(1),
    note: z.string().optional(),
  })
  .strict();

const event = z
  .object({
    id,
    start: partialDate,
    end: partialDate.optional(),
    title: z.string().min(1),
    sourceIds: z.array(id).min(1),
  })
  .strict();

const pipeline = z
  .object({
    id,
    name: z.string().min(1),
    lengthKm: nonNegative,
    altLengthKm: nonNegative.optional(),
    initialCapacityMtPerYear: nonNegative,
    designCapacityMtPerYear: nonNegative,
    milestones: z.array(z.object({ date: partialDate, what: z.string().min(1) }).strict()),
    sourceIds: z.array(id).min(1),
    note: z.string().optional(),
  })
  .strict();

const gasFact = z
  .object({
    id,
    what: z.string().min(1),
    date: partialDate.optional(),
    value: nonNegative.optional(),
    unit: unit.optional(),
    sourceId: id,
    quote: z.string().optional(),
  })
  .strict();

const datasetSchema = z
  .object({
    id,
    title: z.string().min(1),
    partners: z.tuple([z.string().min(1), z.string().min(1)]),
    sources: z.array(source).min(1),
    observations: z.array(observation),
    targets: z.array(target),
    events: z.array(event),
    pipelines: z.array(pipeline).optional(),
    gasPipeline: z.array(gasFact).optional(),
  })
  .strict();

/** One broken rule on one record. */
export interface DatasetIssue {
  /** `observation "trade-2006-unstated"`, or the path when the record has no readable id. */
  record: string;
  rule: string;
  message: string;
}

/** Thrown at load (and so at build) when a dataset breaks a rule; names every bad record. */
export class DatasetError extends Error {
  constructor(
    readonly datasetId: string,
    readonly issues: DatasetIssue[],
  ) {
    super(
      `Dataset "${datasetId}" is invalid:\n` +
        issues.map((i) => `- ${i.record}: ${i.rule}: ${i.message}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

const recordNames: Record<string, string> = {
  sources: 'source',
  observations: 'observation',
  targets: 'target',
  events: 'event',
  pipelines: 'pipeline',
  gasPipeline: 'gas pipeline fact',
};

function describeRecord(input: unknown, path: readonly PropertyKey[]): string {
  const [collection, index] = path;
  if (typeof collection !== 'string' || typeof index !== 'number')
    return `dataset.${path.join('.')}`;
  const list = (input as Record<string, unknown> | null)?.[collection];
  const recordId = Array.isArray(list)
    ? (list[index] as { id?: unknown } | undefined)?.id
    : undefined;
  const name = recordNames[collection] ?? collection;
  return typeof recordId === 'string' ? `${name} "${recordId}"` : `${name} #${index}`;
}

function ruleOf(issue: z.core.$ZodIssue): string {
  const field = issue.path.slice(2).join('.');
  return field ? `invalid ${field}` : `invalid record`;
}

function crossRecordIssues(d: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const sourceIds = new Set(d.sources.map((s) => s.id));
  const seenIds = new Map<string, string>();

  const checkId = (kind: string, recordId: string) => {
    const other = seenIds.get(recordId);
    if (other) {
      issues.push({
        record: `${kind} "${recordId}"`,
        rule: 'duplicate id',
        message: `id already used by a ${other}`,
      });
    }
    seenIds.set(recordId, kind);
  };
  const checkSource = (kind: string, recordId: string, sourceId: string) => {
    if (!sourceIds.has(sourceId)) {
      issues.push({
        record: `${kind} "${recordId}"`,
        rule: 'unknown source id',
        message: `source "${sourceId}" is not in dataset.sources`,
      });
    }
  };

  d.sources.forEach((s) => checkId('source', s.id));
  for (const o of d.observations) {
    checkId('observation', o.id);
    checkSource('observation', o.id, o.sourceId);
  }
  for (const t of d.targets) {
    checkId('target', t.id);
    checkSource('target', t.id, t.sourceId);
  }
  for (const e of d.events) {
    checkId('event', e.id);
    e.sourceIds.forEach((s) => checkSource('event', e.id, s));
  }
  for (const p of d.pipelines ?? []) {
    checkId('pipeline', p.id);
    p.sourceIds.forEach((s) => checkSource('pipeline', p.id, s));
  }
  for (const g of d.gasPipeline ?? []) {
    checkId('gas pipeline fact', g.id);
    checkSource('gas pipeline fact', g.id, g.sourceId);
  }

  const byKey = new Map<string, Observation>();
  for (const o of d.observations) {
    const key = `${o.series}|${periodKey(o.period)}|${o.statistic}`;
    const first = byKey.get(key);
    if (first) {
      issues.push({
        record: `observation "${o.id}"`,
        rule: 'duplicate (series, period, statistic)',
        message: `${o.series} ${formatPeriod(o.period)} ${o.statistic} is already given by "${first.id}"`,
      });
    } else {
      byKey.set(key, o);
    }
  }

  for (const series of new Set(d.observations.map((o) => o.series))) {
    for (const row of growthReport(d, series)) {
      if (row.check?.consistent !== false || !row.prior) continue;
      const o = row.observation;
      issues.push({
        record: `observation "${o.id}"`,
        rule: 'stated growth contradicts levels',
        message:
          `stated ${row.statedPct}% but ${o.value} against "${row.prior.id}" ` +
          `(${row.prior.value}) gives ${row.computedPct?.toFixed(2)}%`,
      });
    }
  }
  return issues;
}

/**
 * Checks a dataset's shape (zod) and its cross-record rules: known source ids, unique ids,
 * one observation per (series, period, statistic), stated growth consistent with the levels of
 * the same side's statistics (see `CONSISTENCY_RULE` in lib/consistency).
 * Returns the dataset unchanged; throws a `DatasetError` naming every bad record and rule.
 *
 * @example validateDataset(chinaKazakhstan) // → chinaKazakhstan, or throws
 *   // Dataset "x" is invalid:
 *   // - observation "trade-2006": invalid value: must not be negative
 */
export function validateDataset<T extends Dataset>(input: T): T {
  const parsed = datasetSchema.safeParse(input);
  const datasetId =
    typeof (input as { id?: unknown })?.id === 'string' ? (input as { id: string }).id : '?';
  if (!parsed.success) {
    throw new DatasetError(
      datasetId,
      parsed.error.issues.map((issue) => ({
        record: describeRecord(input, issue.path),
        rule: ruleOf(issue),
        message: issue.message,
      })),
    );
  }
  const issues = crossRecordIssues(input);
  if (issues.length > 0) throw new DatasetError(datasetId, issues);
  return input;
}
