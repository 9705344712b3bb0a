'use strict';
// The installed copy loads the renderer from the work tree, so editing it needs no reinstall.
module.exports = require(
  require('node:path').join(__dirname, '..', '..', 'packages', 'chart-render', 'render.js'),
);
