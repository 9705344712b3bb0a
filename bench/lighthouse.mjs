import { CHROMIUM_PATH } from './lib/chromium.mjs';

export const name = 'lighthouse';
export const title = 'Lighthouse 12.2.3 on `/`';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** Median of numbers; null for none. */
function median(/** @type {number[]} */ xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? null : s[Math.floor((s.length - 1) / 2)];
}

/** @param {{ base: string; quick: boolean }} ctx */
export async function run({ base, quick }) {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const runs = quick ? 1 : 3;
  /** @type {Record<string, any>} */
  const out = {};
  for (const formFactor of ['desktop', 'mobile']) {
    const perRun = [];
    for (let i = 0; i < runs; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath: CHROMIUM_PATH,
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
      });
      try {
        const result = await lighthouse(
          `${base}/`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error('lighthouse returned nothing');
        const lhr = result.lhr;
        perRun.push({
          scores: Object.fromEntries(
            CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
          ),
          metrics: Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.numericValue ?? null])),
          failing: Object.values(lhr.audits)
            .filter(
              (a) =>
                a.score !== null &&
                a.score < 1 &&
                a.scoreDisplayMode !== 'informative' &&
                a.scoreDisplayMode !== 'manual' &&
                a.scoreDisplayMode !== 'notApplicable',
            )
            .map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)})`),
          runtimeError: lhr.runtimeError?.message ?? null,
          // Lighthouse's CPU benchmark of this machine at the time (≈ 1000+ on an idle desktop).
          benchmarkIndex: lhr.environment.benchmarkIndex,
        });
      } finally {
        await chrome.kill();
      }
    }
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, median(perRun.map((r) => r.scores[c]))]),
    );
    const metrics = Object.fromEntries(
      METRICS.map((m) => [m, median(perRun.map((r) => r.metrics[m]).filter((x) => x !== null))]),
    );
    const benchmarkIndex = median(perRun.map((r) => r.benchmarkIndex));
    out[formFactor] = { runs, scores, metrics, benchmarkIndex, perRun };
    console.log(
      `  ${formFactor.padEnd(8)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')} ` +
        `(median of ${runs}; benchmarkIndex ${benchmarkIndex}; LCP ${Math.round(metrics['largest-contentful-paint'] ?? 0)} ms, TBT ${Math.round(metrics['total-blocking-time'] ?? 0)} ms)`,
    );
    const failing = [
      ...new Set(perRun.flatMap((r) => r.failing.map((f) => f.replace(/ \(\d+\)$/, '')))),
    ];
    if (failing.length) console.log(`           below 100: ${failing.join(', ')}`);
  }
  const meets = (/** @type {any} */ s) =>
    s.performance >= 98 && s.accessibility === 100 && s['best-practices'] === 100 && s.seo === 100;
  return {
    target: 'performance ≥ 98, accessibility 100, best practices 100, SEO 100 (desktop and mobile)',
    measured: { desktop: out.desktop.scores, mobile: out.mobile.scores },
    ok: meets(out.desktop.scores) && meets(out.mobile.scores),
    baseline: null,
    ...out,
  };
}
