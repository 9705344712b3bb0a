import { get, require, rssMb } from './lib/server.mjs';
import { startNginxStatic, startStaticServer } from './lib/static-server.mjs';
import { ratio } from './lib/stats.mjs';

export const name = 'load';
/** Another page `next build` prerenders, and a query render of `/` (rendered on demand). */
const PRERENDERED = '/charts/trade-trend';
const QUERY = '/?sort=value&dir=desc';
export const title =
  '`/` under load (autocannon, 50 connections) against node:http and nginx serving the same bytes';

/**
 * One bounded autocannon run.
 * @param {string} url
 * @param {number} duration seconds
 */
function cannon(url, duration) {
  const autocannon = require('autocannon');
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: 50, duration, timeout: 30 },
      (/** @type {any} */ err, /** @type {any} */ r) => (err ? reject(err) : resolve(r)),
    );
  });
}

/** The figures kept from an autocannon result. */
function pick(/** @type {any} */ r) {
  return {
    requestsPerSecAvg: r.requests.average,
    requestsTotal: r.requests.total,
    latencyP50Ms: r.latency.p50,
    latencyP99Ms: r.latency.p99,
    latencyMaxMs: r.latency.max,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    throughputBytesPerSec: r.throughput.average,
  };
}

/** @param {{ base: string; quick: boolean; staticPort: number; serverPid: number | undefined }} ctx */
export async function run({ base, quick, staticPort, serverPid }) {
  const duration = quick ? 5 : 20;
  const html = (await get(`${base}/`)).body;
  const rssBefore = rssMb(serverPid);
  const app = pick(await cannon(`${base}/`, duration));
  const rssAfter = rssMb(serverPid);
  console.log(
    `  next start /:        ${app.requestsPerSecAvg} req/s, p99 ${app.latencyP99Ms} ms, ` +
      `${app.non2xx} non-2xx, ${app.errors} errors (RSS ${rssBefore} → ${rssAfter} MB)`,
  );
  // Another page Next prerendered at build, and `/` with a query (rendered on demand).
  const prerendered = pick(await cannon(`${base}${PRERENDERED}`, duration));
  console.log(
    `  next start ${PRERENDERED} (prerendered): ${prerendered.requestsPerSecAvg} req/s, p99 ${prerendered.latencyP99Ms} ms`,
  );
  const query = pick(await cannon(`${base}${QUERY}`, duration));
  console.log(
    `  next start ${QUERY} (on demand): ${query.requestsPerSecAvg} req/s, p99 ${query.latencyP99Ms} ms`,
  );
  const stat = await startStaticServer({
    port: staticPort,
    body: html,
    contentType: 'text/html; charset=utf-8',
  });
  let baseline;
  try {
    baseline = pick(await cannon(`${stat.base}/`, duration));
  } finally {
    await stat.stop();
  }
  console.log(
    `  static node:http:    ${baseline.requestsPerSecAvg} req/s, p99 ${baseline.latencyP99Ms} ms (same ${(html.byteLength / 1000).toFixed(0)} kB HTML)`,
  );
  const ngx = await startNginxStatic({ port: staticPort + 1, body: html });
  let nginx;
  try {
    nginx = pick(await cannon(`${ngx.base}/`, duration));
  } finally {
    await ngx.stop();
  }
  console.log(
    `  nginx, file on disk: ${nginx.requestsPerSecAvg} req/s, p99 ${nginx.latencyP99Ms} ms (1 worker)`,
  );
  const rpsRatio = ratio(app.requestsPerSecAvg, baseline.requestsPerSecAvg);
  console.log(
    `  ratio next / static: req/s ${rpsRatio}, p99 ${ratio(app.latencyP99Ms, baseline.latencyP99Ms)}; ` +
      `next / nginx: req/s ${ratio(app.requestsPerSecAvg, nginx.requestsPerSecAvg)}`,
  );
  return {
    target: 'report req/s, p99 and the ratio to a static server of the same HTML',
    measured: { requestsPerSec: app.requestsPerSecAvg, p99Ms: app.latencyP99Ms },
    connections: 50,
    durationS: duration,
    htmlBytes: html.byteLength,
    app: { ...app, rssBeforeMb: rssBefore, rssAfterMb: rssAfter },
    prerendered: { path: PRERENDERED, ...prerendered },
    query: { path: QUERY, ...query },
    nginx: { what: 'nginx 1 worker serving the same HTML from a file', ...nginx },
    ratioToNginx: { requestsPerSec: ratio(app.requestsPerSecAvg, nginx.requestsPerSecAvg) },
    baseline: { what: 'minimal node:http serving the same HTML from memory', ...baseline },
    ratioToBaseline: {
      requestsPerSec: rpsRatio,
      p99: ratio(app.latencyP99Ms, baseline.latencyP99Ms),
    },
  };
}
