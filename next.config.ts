import type { NextConfig } from 'next';
import { COMMON_HEADERS, EMBED_CSP, EXPORT_CSP } from './lib/security-headers';

const nextConfig: NextConfig = {
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
