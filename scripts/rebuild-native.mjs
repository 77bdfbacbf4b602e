// better-sqlite3 is a native addon built for one ABI at a time: Node's for the
// tests and the CLI, Electron's for the desktop app. This script makes sure the
// build on disk matches the runtime about to use it, rebuilding only on a switch.
//   node scripts/rebuild-native.mjs node      (npm test, CLI)
//   node scripts/rebuild-native.mjs electron  (npm start; needs internet once for Electron's headers)
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const target = process.argv[2];
const require = createRequire(import.meta.url);

function loadsUnderNode() {
  const r = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { stdio: 'ignore' });
  return r.status === 0;
}

if (target === 'node') {
  if (!loadsUnderNode()) {
    console.error('better-sqlite3 is built for Electron; rebuilding it for Node (takes a few minutes)…');
    execFileSync('npm', ['rebuild', 'better-sqlite3', '--foreground-scripts'], { stdio: 'inherit' });
  }
} else if (target === 'electron') {
  const electronVersion = require('electron/package.json').version;
  if (loadsUnderNode()) {
    console.error(`Rebuilding better-sqlite3 for Electron ${electronVersion}…`);
    execFileSync('npx', ['electron-builder', 'install-app-deps'], { stdio: 'inherit' });
  }
} else {
  console.error('usage: rebuild-native.mjs node|electron');
  process.exitCode = 2;
}
