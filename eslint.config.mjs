import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // The renderer package and the render worker are CommonJS that Node loads unbundled.
    files: ['packages/**/*.js', 'app/_export/render-worker.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'next-env.d.ts',
      'bench/results/**',
      'test-results/**',
    ],
  },
];
export default config;
