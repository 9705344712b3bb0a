/** @type {import('next').NextConfig} */
const nextConfig = {
  // Node loads the renderer unbundled: it uses react-dom/server and Recharts class components.
  serverExternalPackages: ['chart-render'],
  poweredByHeader: false,
};

module.exports = nextConfig;
