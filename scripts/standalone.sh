#!/usr/bin/env bash
# Runs the self-contained server `next build` writes to .next/standalone (output: 'standalone'):
# copies in the hashed static assets it serves but does not contain, then starts it.
#   npm run build && PORT=3000 HOSTNAME=0.0.0.0 npm run start:standalone
set -euo pipefail
cd "$(dirname "$0")/.."
test -f .next/standalone/server.js || { echo "no .next/standalone: run npm run build first" >&2; exit 1; }
rm -rf .next/standalone/.next/static
cp -r .next/static .next/standalone/.next/static
if [ -d public ]; then rm -rf .next/standalone/public && cp -r public .next/standalone/public; fi
export NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
exec node .next/standalone/server.js
