/**
 * The 404 page of `/embed/{anything but a chart id}`: self-contained HTML (inline CSS, no script,
 * font, image or stylesheet), so it renders under the embed's `default-src 'none'` CSP inside
 * someone else's iframe. It never repeats the requested path.
 */
export const MISSING_CHART_HTML = [
  '<!doctype html><html lang="en"><head><meta charset="utf-8">',
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  '<meta name="robots" content="noindex"><title>Chart not found</title>',
  '<style>body{margin:0;font:16px/1.5 "DejaVu Sans",system-ui,sans-serif;color:#1f2933;',
  'background:#fff;display:flex;align-items:center;justify-content:center;min-height:100vh}',
  'main{padding:24px;max-width:36em;text-align:center}h1{font-size:1.25rem;margin:0 0 .5rem}',
  'a{color:#00607f}</style></head><body><main><h1>Chart not found</h1>',
  '<p>This embed does not name a chart of the dashboard. ',
  '<a href="/charts" target="_blank" rel="noopener">See every chart</a>.</p>',
  '</main></body></html>',
].join('');
