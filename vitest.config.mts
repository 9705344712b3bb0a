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
    // A hang guard, not a speed check: a chart × size test takes ~3 s on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
