import { z } from 'zod';
import type { Dataset, Observation } from '@/data/types';
import { decimalsOf } from './consistency';
import { cumulativeChecks, fallingTotals } from './cumulative';
import { LEVEL_DECIMALS } from './export/round';
import { directionSumMismatches } from './direction';
import { claimRecordId, conflictNaming, sameSideDisagreements } from './disagreements';
import { growthReport } from './growth-report';
import { checkPeriod, formatPeriod, periodKey } from './periods';

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
  .refine((v) => v >= 0, 'must not be negative')
  // No source gives more than 6 decimals; more is a typo or float noise (and exports round to 6).
  .refine((v) => decimalsOf(v) <= LEVEL_DECIMALS, `must have at most ${LEVEL_DECIMALS} decimals`);
const unit = z.enum(['usd-bn', 'mt', 'bcm', 'mt-per-year', 'bcm-per-year', 'km']);
const year = z.number().int().min(1900).max(2100);
const month = z.number().int().min(1).max(12);
const dayOfYear = z.object({ month, day: z.number().int().min(1).max(31) }).strict();
const statistic = z.enum([
  'cn-customs',
  'cn-ministry',
  'cn-official',
  'cn-media',
  'kz-stat',
  'kz-ministry',
  'kz-official',
  'kz-media',
  'unstated',
]);
const qualifier = z.enum(['more-than', 'about', 'almost', 'nearly']);
const seriesId = z.enum([
  'trade-turnover',
  'trade-cn-to-kz',
  'trade-kz-to-cn',
  'crude-oil-via-pipeline',
  'crude-exports-kz-to-cn',
  'crude-via-alataw-pass',
  'russian-oil-transit-to-cn',
  'russian-oil-transit-to-cn-uz',
  'gas-via-central-asia-pipeline',
  'gas-exports-kz-to-cn',
]);

const period = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('year'), year }).strict(),
    z
      .object({ type: z.literal('half'), year, half: z.union([z.literal(1), z.literal(2)]) })
      .strict(),
    z
      .object({
        type: z.literal('quarter'),
        year,
        quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      })
      .strict(),
    z.object({ type: z.literal('months'), year, firstMonth: month, lastMonth: month }).strict(),
    z.object({ type: z.literal('days'), year, first: dayOfYear, last: dayOfYear }).strict(),
  ])
  .superRefine((p, ctx) => {
    const problem = checkPeriod(p as Parameters<typeof checkPeriod>[0]);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const statedGrowth = z
  .object({
    pct: z.number().refine(Number.isFinite, 'must be a finite number'),
    basis: z.enum(['previous-year', 'same-period-previous-year']),
    qualifier: z.enum(['more-than', 'almost']).optional(),
    words: z.string().min(1).optional(),
  })
  .strict();

const source = z
  .object({
    id,
    // Null where no copy of the page was found: a title is never made up.
    title: z.string().min(1).nullable(),
    publisher: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    copyAt: z
      .string()
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'expected a domain name')
      .optional(),
    published: partialDate.nullable(),
    // Empty where the reference records the figure but no verbatim passage.
    quote: z.string(),
    note: z.string().optional(),
  })
  .strict();

const observation = z
  .object({
    id,
    series: seriesId,
    period,
    value: nonNegative,
    qualifier: qualifier.optional(),
    unit,
    kind: z.literal('reported'),
    statistic,
    reportedBy: z.string().min(1),
    sourceId: id,
    quote: z.string(),
    statedGrowth: statedGrowth.optional(),
    note: z.string().optional(),
  })
  .strict();

const target = z
  .object({
    id,
    kind: z.enum(['projection', 'target']),
    series: seriesId,
    announced: partialDate,
    announcedQualifier: z.literal('by').optional(),
    who: z.string().min(1),
    whoShort: z.string().min(1).optional(),
    value: nonNegative,
    qualifier: qualifier.optional(),
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
    category: z.enum(['diplomacy', 'trade', 'energy', 'security', 'other']),
    sourceIds: z.array(id).min(1),
    quote: z.string().min(1).optional(),
    note: z.string().optional(),
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

const growthStatement = z
  .object({
    id,
    series: seriesId,
    period,
    statistic,
    reportedBy: z.string().min(1),
    statedGrowth,
    sourceId: id,
    quote: z.string().min(1),
    note: z.string().optional(),
  })
  .strict();

const product = z
  .object({
    id,
    series: z.enum(['trade-kz-to-cn', 'trade-cn-to-kz']),
    period,
    product: z.string().min(1),
    valueUsdBn: nonNegative.optional(),
    statistic,
    statedGrowth: statedGrowth.optional(),
    sourceId: id,
    quote: z.string().min(1),
    note: z.string().optional(),
  })
  .strict()
  .refine((p) => p.valueUsdBn !== undefined || p.statedGrowth !== undefined, {
    message: 'needs a value or a stated growth rate',
  });

const checkpoint = z
  .object({
    id,
    series: seriesId,
    through: partialDate,
    since: partialDate.optional(),
    value: nonNegative,
    qualifier: qualifier.optional(),
    unit,
    statistic,
    reportedBy: z.string().min(1),
    sourceId: id,
    quote: z.string().min(1),
    note: z.string().optional(),
  })
  .strict();

const claim = z.union([
  z.object({ observationId: id }).strict(),
  z.object({ growthStatementId: id }).strict(),
  z.object({ checkpointId: id }).strict(),
  z.object({ targetId: id }).strict(),
  z.object({ eventId: id }).strict(),
  z.object({ sourceId: id, quote: z.string().min(1), says: z.string().min(1) }).strict(),
]);

const conflict = z
  .object({
    id,
    topic: z.string().min(1),
    kind: z.enum([
      'rounding',
      'revision',
      'mirror-gap',
      'different-measure',
      'estimate-vs-outturn',
      'outlier',
      'two-events',
      'growth-vs-level',
      'cumulative',
    ]),
    claims: z.array(claim).min(2),
    note: z.string().min(1),
    foundBy: z.enum(['reference', 'validator']),
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
    growthStatements: z.array(growthStatement).optional(),
    products: z.array(product).optional(),
    cumulative: z.array(checkpoint).optional(),
    conflicts: z.array(conflict).optional(),
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
  growthStatements: 'growth statement',
  products: 'product figure',
  cumulative: 'cumulative checkpoint',
  conflicts: 'conflict',
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
  for (const g of d.growthStatements ?? []) {
    checkId('growth statement', g.id);
    checkSource('growth statement', g.id, g.sourceId);
  }
  for (const p of d.products ?? []) {
    checkId('product figure', p.id);
    checkSource('product figure', p.id, p.sourceId);
  }
  for (const c of d.cumulative ?? []) {
    checkId('cumulative checkpoint', c.id);
    checkSource('cumulative checkpoint', c.id, c.sourceId);
  }
  for (const c of d.conflicts ?? []) {
    checkId('conflict', c.id);
    for (const claim of c.claims) {
      if ('sourceId' in claim) {
        checkSource('conflict', c.id, claim.sourceId);
        continue;
      }
      const recordId = claimRecordId(claim);
      const [kind] = Object.keys(claim);
      const known = seenIds.get(recordId ?? '');
      const expected = CLAIM_KINDS[kind as keyof typeof CLAIM_KINDS];
      if (known !== expected) {
        issues.push({
          record: `conflict "${c.id}"`,
          rule: 'unknown claim',
          message: `${kind} "${recordId}" is not a ${expected} of the dataset`,
        });
      }
    }
  }

  const byKey = new Map<string, Observation>();
  for (const o of d.observations) {
    if (
      o.kind === 'reported' &&
      o.period.type !== 'year' &&
      o.statedGrowth?.basis === 'previous-year'
    ) {
      issues.push({
        record: `observation "${o.id}"`,
        rule: 'partial period against the previous year',
        message: `${formatPeriod(o.period)} is part of a year: its growth must be against the same period a year earlier`,
      });
    }
    const key = `${o.series}|${periodKey(o.period)}|${o.statistic}|${o.sourceId}|${o.value}`;
    const first = byKey.get(key);
    if (first) {
      issues.push({
        record: `observation "${o.id}"`,
        rule: 'duplicate figure',
        message: `${o.series} ${formatPeriod(o.period)} ${o.statistic} ${o.value} from "${o.sourceId}" is already given by "${first.id}"`,
      });
    } else {
      byKey.set(key, o);
    }
  }

  for (const x of sameSideDisagreements(d)) {
    if (conflictNaming(d, [x.first.id, x.second.id])) continue;
    issues.push({
      record: `observation "${x.second.id}"`,
      rule: 'conflicting duplicate',
      message:
        `${x.series} ${formatPeriod(x.period)}: ${x.second.value} disagrees with "${x.first.id}" ` +
        `(${x.first.value}) beyond rounding; list both in a conflict`,
    });
  }

  for (const series of new Set(d.observations.map((o) => o.series))) {
    for (const row of growthReport(d, series)) {
      if (row.check?.consistent !== false || !row.prior) continue;
      const o = row.observation;
      if (conflictNaming(d, [o.id, row.prior.id])) continue;
      issues.push({
        record: `observation "${o.id}"`,
        rule: 'stated growth contradicts levels',
        message:
          `stated ${row.statedPct}% but ${o.value} against "${row.prior.id}" ` +
          `(${row.prior.value}) gives ${row.computedPct?.toFixed(2)}%; list both in a conflict`,
      });
    }
  }

  for (const m of directionSumMismatches(d)) {
    issues.push({
      record: `observation "${m.cnToKz.id}"`,
      rule: 'directions do not add up to turnover',
      message:
        `${m.kzToCn.value} + ${m.cnToKz.value} (${formatPeriod(m.kzToCn.period)}, "${m.kzToCn.sourceId}") ` +
        `meets none of ${m.turnover.map((t) => `"${t.id}" (${t.value})`).join(', ')}`,
    });
  }

  for (const f of fallingTotals(d)) {
    issues.push({
      record: `cumulative checkpoint "${f.later.id}"`,
      rule: 'cumulative total falls',
      message: `${f.later.value} through ${f.later.through} is below "${f.earlier.id}" (${f.earlier.value} through ${f.earlier.through})`,
    });
  }
  for (const c of cumulativeChecks(d)) {
    if (c.agree || conflictNaming(d, c.checkpointIds)) continue;
    issues.push({
      record: `cumulative checkpoint "${c.checkpointIds.at(-1)}"`,
      rule: 'cumulative check fails',
      message:
        `${c.series} at the ${c.atLabel}: ` +
        c.estimates.map((e) => `${e.formula} = ${Number(e.value.toFixed(6))}`).join(' against ') +
        '; list the checkpoints in a conflict',
    });
  }
  return issues;
}

/** Which record kind each conflict claim names. */
const CLAIM_KINDS = {
  observationId: 'observation',
  growthStatementId: 'growth statement',
  checkpointId: 'cumulative checkpoint',
  targetId: 'target',
  eventId: 'event',
} as const;

/**
 * Checks a dataset's shape (zod, including well-formed partial periods and qualifiers) and its
 * cross-record rules: known source ids and claim targets; unique ids; no figure twice from one
 * source; partial-year growth only against the same period a year earlier; figures of one side
 * for one period that disagree beyond rounding, and stated growth the same side's levels
 * contradict (`CONSISTENCY_RULE`), only when a conflict names them; a source's two directions
 * adding up to its side's turnover; running totals that never fall and whose cumulative checks
 * agree, or are named by a conflict.
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
