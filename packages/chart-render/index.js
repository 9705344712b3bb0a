'use strict';
// The installed copy loads the compiled engine from the work tree (`npm run build:engine`), so
// editing it needs no reinstall.
module.exports = require(
  require('node:path').join(__dirname, '..', '..', 'packages', 'chart-render', 'dist', 'index.js'),
);
