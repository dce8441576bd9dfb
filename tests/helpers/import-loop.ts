// Child process for the SIGKILL test: imports two packs alternately, forever, until it is killed.
// Usage: node --import tsx tests/helpers/import-loop.ts <dataDir> <packA> <packB>
// (under npm test, its bundle: node .test-cli/import-loop.mjs <dataDir> <packA> <packB>)
import { openKiosk } from '../../main/services/kiosk';
import { importPack } from '../../main/services/packs/import';
import { defaultContentDir } from '../../main/paths';

const [dataDir, a, b] = process.argv.slice(2) as [string, string, string];
const kiosk = openKiosk({ contentDir: defaultContentDir, dataDir });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const r = await importPack(kiosk, i % 2 === 0 ? a : b, { allowDowngrade: true });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  process.stdout.write(`imported ${r.contentVersion}\n`);
}
