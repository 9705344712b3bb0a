import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { chartIds } from '@/lib/charts/registry';

// A burst of large uncached PNGs is more than the render gate admits: the rest must be refused
// with the documented 503 (Retry-After, the JSON error body, the security headers), never a 500.
// Once the refusals are in, the test leaves, and the admitted renders are dropped with it.

test('a burst of large PNGs gets 200s and documented 503s, never another status', async ({
  baseURL,
}) => {
  test.setTimeout(90_000);
  const { hostname, port } = new URL(baseURL!);
  const answers: { status: number; retryAfter?: string; nosniff?: string; body: string }[] = [];
  const pending = new Set<ReturnType<typeof httpRequest>>();
  let firstRefusal: () => void;
  const refused = new Promise<void>((r) => (firstRefusal = r));
  for (let k = 0; k < 40; k++) {
    const id = chartIds[k % chartIds.length]!;
    const path = `/api/charts/${id}/png?width=4000&height=${4000 - k}&theme=dark`;
    const req = httpRequest({ host: hostname, port, path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (c: string) => (body += res.statusCode === 200 ? '' : c));
      res.on('end', () => {
        pending.delete(req);
        answers.push({
          status: res.statusCode ?? 0,
          retryAfter: res.headers['retry-after'],
          nosniff: String(res.headers['x-content-type-options']),
          body,
        });
        if (res.statusCode === 503) firstRefusal();
      });
    });
    req.on('error', () => pending.delete(req));
    pending.add(req);
    req.end();
  }
  await Promise.race([refused, new Promise((r) => setTimeout(r, 60_000))]);
  // Refusals are sent together, a second after they were decided; let them all arrive.
  await new Promise((r) => setTimeout(r, 2_000));
  for (const req of pending) req.destroy();

  expect(
    answers.some((a) => a.status === 503),
    'at least one refusal',
  ).toBe(true);
  for (const a of answers) {
    expect([200, 503]).toContain(a.status);
    expect(a.nosniff).toBe('nosniff');
    if (a.status !== 503) continue;
    expect(a.retryAfter).toMatch(/^\d+$/);
    expect(Object.keys(JSON.parse(a.body) as object).sort()).toEqual([
      'allowed',
      'error',
      'parameter',
    ]);
  }
});
