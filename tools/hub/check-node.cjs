// postinstall guard: if npm skipped install scripts, node_modules/.bin/node is missing and every
// script would silently run on the machine's Node instead of the pinned Node 24.
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const bin = join(__dirname, '../../node_modules/.bin/node');
const version = existsSync(bin) ? execFileSync(bin, ['--version']).toString().trim() : 'missing';
if (!version.startsWith('v24.')) {
  console.error(`[hub] node_modules/.bin/node is ${version}, not Node 24: reinstall with install scripts enabled (npm ci).`);
  process.exit(1);
}
