// Sent with every response. HTML pages get their CSP, with a per-request nonce, from proxy.ts.
const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
];

// The embed is static HTML with inline CSS and an inline SVG: no script, no other resource.
const embedCsp = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

// Export files (SVG may be opened directly): inert even if a renderer bug let markup through.
const exportCsp = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "frame-ancestors 'self'",
  'sandbox',
].join('; ');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Node loads the renderer unbundled: it uses react-dom/server and Recharts class components;
  // resvg is a native addon.
  serverExternalPackages: ['chart-render', '@resvg/resvg-js'],
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: common },
      {
        // Every path but /embed/*: same-origin framing only (frame-ancestors is in each CSP).
        source: '/:path((?!embed(?:/|$)).*)',
        headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
      },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: exportCsp }] },
      { source: '/embed/:path*', headers: [{ key: 'Content-Security-Policy', value: embedCsp }] },
      {
        // Build-time chart images and the icon: files, inert like the export routes.
        source: '/:path(charts/[^/]+/[^/]+\\.(?:png|svg)|icon\\.svg)',
        headers: [{ key: 'Content-Security-Policy', value: exportCsp }],
      },
    ];
  },
};

module.exports = nextConfig;
