/**
 * Summary statistics of timing samples (ms). Percentiles use the nearest-rank method, so every
 * reported figure is one of the samples; an empty list gives nulls, never NaN.
 *
 * @example summarise([5, 1, 3]) // → { n: 3, min: 1, median: 3, p95: 5, max: 5, mean: 3 }
 * @param {number[]} samples
 */
export function summarise(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return { n: 0, min: null, median: null, p95: null, max: null, mean: null };
  const rank = (/** @type {number} */ p) => s[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))];
  const round = (/** @type {number} */ x) => Math.round(x * 100) / 100;
  return {
    n,
    min: round(s[0]),
    median: round(rank(0.5)),
    p95: round(rank(0.95)),
    max: round(s[n - 1]),
    mean: round(s.reduce((a, b) => a + b, 0) / n),
  };
}

/**
 * a / b rounded to 2 decimals; null when either is missing or b is 0.
 *
 * @example ratio(300, 100) // → 3
 * @param {number | null | undefined} a
 * @param {number | null | undefined} b
 */
export function ratio(a, b) {
  if (a == null || b == null || b === 0 || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  return Math.round((a / b) * 100) / 100;
}

/**
 * Times `fn` `n` times after `warmup` untimed calls; returns the samples in ms of wall-clock time,
 * or with `cpu` of this process's CPU time (user + system), which other load on the machine
 * hardly moves — meaningful only for synchronous work on this thread.
 * @param {() => unknown | Promise<unknown>} fn
 * @param {{ n: number; warmup?: number; cpu?: boolean }} o
 */
export async function timeIt(fn, { n, warmup = 0, cpu = false }) {
  for (let i = 0; i < warmup; i++) await fn();
  /** @type {number[]} */
  const samples = [];
  for (let i = 0; i < n; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await fn();
    const wall = performance.now() - t;
    const used = process.cpuUsage(c);
    samples.push(cpu ? (used.user + used.system) / 1000 : wall);
  }
  return samples;
}

/**
 * One line for the console: "label  min 1.2  median 3.4  p95 5.6 ms (n=20)".
 * @param {string} label
 * @param {ReturnType<typeof summarise>} s
 * @param {string} [unit]
 */
export function line(label, s, unit = 'ms') {
  const f = (/** @type {number | null} */ x) => (x == null ? '–' : String(x));
  return `${label.padEnd(44)} min ${f(s.min)}  median ${f(s.median)}  p95 ${f(s.p95)} ${unit} (n=${s.n})`;
}
