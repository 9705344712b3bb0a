import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartIds } from '@/lib/charts/registry';

type Hashes = Record<string, { status: number; etag: string | null; sha256: string }>;

/** Every export's status, ETag and sha256 as the route handlers of a fresh process answer. */
function exportHashes(): Hashes {
  const out = join(mkdtempSync(join(tmpdir(), 'export-hashes-')), 'hashes.json');
  // At the lowest CPU priority: the suite's other files run meanwhile, some against timeouts.
  execFileSync(
    'nice',
    [
      '-n',
      '19',
      process.execPath,
      join(process.cwd(), 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      'scripts/export-hashes.probe.test.ts',
    ],
    { env: { ...process.env, EXPORT_HASHES_OUT: out }, stdio: 'ignore', timeout: 180_000 },
  );
  return JSON.parse(readFileSync(out, 'utf8')) as Hashes;
}

describe('export bytes', () => {
  it('are the same for the same ETag in two processes, seconds apart', async () => {
    const first = exportHashes();
    // Zip entry dates have 2 s steps: an export dated by the clock cannot pass after this wait.
    await new Promise((r) => setTimeout(r, 2_100));
    const second = exportHashes();
    expect(Object.keys(first)).toHaveLength(4 + 6 * chartIds.length);
    const differing = Object.keys(first).filter(
      (p) => first[p]!.etag === second[p]!.etag && first[p]!.sha256 !== second[p]!.sha256,
    );
    expect(differing).toEqual([]);
    for (const p of Object.keys(first)) {
      expect(first[p]!.status, p).toBe(200);
      expect(first[p]!.etag, p).toMatch(/^"[\w-]{27}"$/);
      expect(second[p]!.etag, p).toBe(first[p]!.etag);
    }
  }, 400_000);
});
