import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // Tests run the engine's TypeScript source; the app loads its compiled copy.
      'chart-render': fileURLToPath(
        new URL('./packages/chart-render/src/index.ts', import.meta.url),
      ),
    },
  },
  test: {
    include: ['{lib,data,app,components,packages,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A hang guard, not a timing: on the shared 2-core machine the resvg-heavy tests (every
    // string measured against resvg, every image) take past the 5 s default under load.
    testTimeout: 60_000,
  },
});
