import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chartIds } from '@/lib/charts/registry';
import { send, sendRaw } from './raw-http';
import { serverLogPath } from './server-log';

// What an attacker sends never reaches the server's log: not a server-action id, not a method,
// path, query or header value. Each request carries a token found nowhere else.

const ID = chartIds[0]!;

test('no request writes its sender’s input to the log', async ({ baseURL }) => {
  const base = baseURL!;
  const token = (i: number) => `zqlog${i}x9<script>`;
  const hostile: Promise<unknown>[] = [];
  let i = 0;
  for (const path of ['/', `/charts/${ID}`, '/api/charts', `/embed/${ID}`]) {
    hostile.push(
      send(base, path, { method: 'POST', headers: { 'Next-Action': token(i++) }, body: 'x' }),
      send(base, path, {
        headers: { 'Next-Router-State-Tree': token(i++), RSC: '1', 'Next-Url': token(i++) },
      }),
      send(base, path, { method: 'TRACE', headers: { 'X-Forwarded-Host': token(i++) } }),
      send(base, `${path}?q=${encodeURIComponent(token(i++))}`, {
        headers: { 'x-middleware-subrequest': token(i++), 'User-Agent': token(i++) },
      }),
      send(base, `/embed/${encodeURIComponent(token(i++))}`),
      send(base, `/api/charts/${encodeURIComponent(token(i++))}/png`),
      sendRaw(base, `FOO${i++} / HTTP/1.1\r\nHost: ${token(i++)}\r\n\r\n`),
    );
  }
  await Promise.all(hostile);
  // The server writes its log asynchronously; give it a moment.
  await new Promise((r) => setTimeout(r, 1_000));
  const log = readFileSync(serverLogPath(new URL(base).port), 'utf8');
  expect(log).toContain('Ready'); // the right file: this server's output
  expect(log.match(/zqlog\d+x9/g) ?? []).toEqual([]);
});
