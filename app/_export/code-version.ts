import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when an export's bytes change for a reason the package version and renderer don't show. */
export const EXPORT_FORMAT_VERSION = 2;

function fileHash(path: string): string {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
  } catch {
    // A deployment without the source tree still serves; ETags then change only with the version.
    return 'unreadable';
  }
}

function packageVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
    const v = (pkg as { version?: unknown }).version;
    return typeof v === 'string' ? v : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The code part of every export ETag, computed once per process: the app's package.json version,
 * a hash of the chart renderer's source, and EXPORT_FORMAT_VERSION.
 *
 * @example CODE_VERSION // → "0.1.0+3f9c0a1b2c3d4e5f+1"
 */
export const CODE_VERSION = [
  packageVersion(),
  fileHash(join(process.cwd(), 'packages', 'chart-render', 'render.js')),
  EXPORT_FORMAT_VERSION,
].join('+');
