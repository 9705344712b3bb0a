import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where playwright.config.ts has the server's output copied (stdout and stderr), so a test can
 * read what the server logged. One file per port: several servers may run at once.
 */
export function serverLogPath(port: number | string): string {
  return join(tmpdir(), `e2e-next-start-${port}.log`);
}
