import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when an export's bytes change for a reason the package version and renderer don't show. */
export const EXPORT_FORMAT_VERSION = 2;

/** A hash of every file in a folder (names and bytes, in name order). */
function folderHash(dir: string): string {
  try {
    const hash = createHash('sha256');
    for (const name of readdirSync(dir).sort()) {
      hash.update(name).update(readFileSync(join(dir, name)));
    }
    return hash.digest('hex').slice(0, 16);
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

/** The app's package.json version ("0.1.0"), or "unknown" where package.json is not readable. */
export const PACKAGE_VERSION = packageVersion();

/**
 * The code part of every export ETag, computed once per process: the app's package.json version,
 * a hash of the compiled chart engine, and EXPORT_FORMAT_VERSION.
 *
 * @example CODE_VERSION // → "0.1.0+3f9c0a1b2c3d4e5f+1"
 */
export const CODE_VERSION = [
  PACKAGE_VERSION,
  folderHash(join(process.cwd(), 'packages', 'chart-render', 'dist')),
  EXPORT_FORMAT_VERSION,
].join('+');
