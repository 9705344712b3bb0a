import type { NextConfig } from 'next';
import { COMMON_HEADERS, EMBED_CSP, EXPORT_CSP, pageCsp } from './lib/security-headers';

const nextConfig: NextConfig = {
  // A self-contained server in .next/standalone (README, "Deploying behind a cache"): the data
  // is compiled in. `next start` still serves the same build (it warns that standalone exists).
  output: 'standalone',
  // Files the tracer cannot see: the engine is external and loads its fonts with fs, the render
  // workers load the engine and resvg (a native addon) by resolved path.
  outputFileTracingIncludes: {
    '*': [
      './packages/chart-render/{index.js,package.json}',
      './packages/chart-render/{dist,fonts}/**',
      './node_modules/@resvg/**',
      './app/_export/render-worker.cjs',
    ],
  },
  // Node loads the renderer unbundled: it uses react-dom/server and Recharts class components;
  // resvg is a native addon.
  serverExternalPackages: ['chart-render', '@resvg/resvg-js'],
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: [...COMMON_HEADERS] },
      {
        // Every path but /embed/*: same-origin framing only (frame-ancestors is in each CSP).
        source: '/:path((?!embed(?:/|$)).*)',
        headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
      },
      {
        // Pages: a CSP allowing no inline script. app/_http/html-answers.ts replaces it on every
        // page with one listing the hashes of that page's own scripts; where it cannot (HEAD, a
        // server without the guard), scripts stay blocked rather than allowed.
        source: '/:path((?!api(?:/|$)|embed(?:/|$)|_next/).*)',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: pageCsp([], { dev: process.env.NODE_ENV === 'development' }),
          },
        ],
      },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: EXPORT_CSP }] },
      { source: '/embed/:path*', headers: [{ key: 'Content-Security-Policy', value: EMBED_CSP }] },
      {
        // Build-time chart images and the icon: files, inert like the export routes.
        source: '/:path(charts/[^/]+/[^/]+\\.(?:png|svg)|icon\\.svg)',
        headers: [{ key: 'Content-Security-Policy', value: EXPORT_CSP }],
      },
    ];
  },
};

export default nextConfig;
