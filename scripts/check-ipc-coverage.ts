// `npx tsx scripts/check-ipc-coverage.ts <calls log>`: run by scripts/test.mjs after the e2e journeys over IPC.
// The log holds the name of every call the journeys carried through the real preload and IPC handlers; each call
// of the contract must be among them, so running only some journeys over IPC still exercises the whole bridge.
import { readFileSync } from 'node:fs';
import { callNames } from '../common/api/call-names';

const file = process.argv[2];
if (!file) throw new Error('usage: check-ipc-coverage.ts <calls log>');
const carried = new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean));
const missing = callNames.filter((name) => !carried.has(name));
const unknown = [...carried].filter((name) => !(callNames as readonly string[]).includes(name));
console.log(
  `# IPC coverage: ${callNames.length - missing.length} of ${callNames.length} contract calls carried over IPC`,
);
if (unknown.length > 0) console.log(`#   not in the contract (refused by the IPC handlers): ${unknown.join(', ')}`);
if (missing.length > 0) {
  console.error(`# never carried over IPC by the e2e-ipc journeys: ${missing.join(', ')}`);
  process.exit(1);
}
