import { spawn, type ChildProcess } from 'node:child_process';
import { chartIds } from '@/lib/charts/registry';
import { expect, test } from './fixtures';

// nginx and two more `next start` instances on the three ports after the e2e server's.
const CLUSTER_PORT = Number(process.env.E2E_PORT ?? 3123) + 1;
const PROXY = `http://127.0.0.1:${CLUSTER_PORT}`;
const ID = chartIds[0]!;

/** Answers a shared cache keeps, pages among them: the same bytes direct and through nginx, then HITs. */
const CACHEABLE = [
  '/',
  `/charts/${ID}`,
  '/?sort=value&dir=desc',
  `/embed/${ID}`,
  `/api/charts/${ID}/png?width=1000&height=600`,
  `/api/charts/${ID}/svg?theme=dark`,
  `/charts/${ID}/og.png`,
  '/api/charts',
  '/api/data.json',
  '/api/deck.pptx',
];

let cluster: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // scripts/serve-cluster.sh installs nginx when missing (as root), as CI needs.
  cluster = spawn('bash', ['scripts/serve-cluster.sh'], {
    env: { ...process.env, CLUSTER_PORT: String(CLUSTER_PORT) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (c: Buffer) => {
      out += c.toString();
      if (out.includes('serve-cluster: http://')) resolve();
    };
    cluster!.stdout!.on('data', onData);
    cluster!.stderr!.on('data', onData);
    cluster!.once('exit', (code) => reject(new Error(`serve-cluster exited ${code}:\n${out}`)));
  });
});

test.afterAll(async () => {
  if (!cluster || cluster.exitCode !== null) return;
  const exited = new Promise((r) => cluster!.once('exit', r));
  cluster.kill('SIGTERM');
  await exited;
});

test.describe('behind nginx', () => {
  for (const path of CACHEABLE) {
    test(`${path} is the same through the proxy, then a cache hit`, async ({ request }) => {
      const direct = await request.get(path);
      const first = await request.get(`${PROXY}${path}`);
      expect(first.status()).toBe(200);
      expect(first.headers()['content-type']).toBe(direct.headers()['content-type']);
      expect(first.headers().etag).toBe(direct.headers().etag);
      expect(first.headers()['cache-control']).toBe(direct.headers()['cache-control']);
      expect(first.headers()['content-security-policy']).toBe(
        direct.headers()['content-security-policy'],
      );
      expect((await first.body()).equals(await direct.body())).toBe(true);
      for (let i = 0; i < 2; i++) {
        const again = await request.get(`${PROXY}${path}`);
        expect(again.headers()['x-cache-status']).toBe('HIT');
        expect((await again.body()).equals(await direct.body())).toBe(true);
      }
      const notModified = await request.get(`${PROXY}${path}`, {
        headers: { 'If-None-Match': direct.headers().etag! },
      });
      expect(notModified.status()).toBe(304);
    });
  }

  test('the 404 page passes through uncached', async ({ request }) => {
    for (let i = 0; i < 2; i++) {
      const res = await request.get(`${PROXY}/nope`);
      expect(res.status()).toBe(404);
      expect(res.headers()['x-cache-status']).not.toBe('HIT');
    }
  });

  test('errors pass through uncached, as JSON', async ({ request }) => {
    for (const path of ['/api/charts/nope/png', '/api/nope', `/api/charts/${ID}/png?width=1`]) {
      const direct = await request.get(path);
      const res = await request.get(`${PROXY}${path}`);
      expect(res.status(), path).toBe(direct.status());
      expect(await res.json()).toEqual(await direct.json());
      expect((await request.get(`${PROXY}${path}`)).headers()['x-cache-status']).not.toBe('HIT');
    }
  });
});
