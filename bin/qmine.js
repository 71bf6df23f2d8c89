#!/usr/bin/env node
'use strict';
// Launcher: the TypeScript sources are compiled to dist/ by `npm run build` (also run by `npm ci`/`npm install`).
const path = require('node:path');
const fs = require('node:fs');
const main = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('qmine: not built yet; run `npm run build` in ' + path.dirname(__dirname) + '\n');
  process.exit(1);
}
require(main)
  .main(process.argv)
  .catch((error) => {
    process.stderr.write(`qmine: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
