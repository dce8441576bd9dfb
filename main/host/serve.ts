import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHandlers } from '../api/handlers';
import { parseFlags, stringFlag } from '../args';
import { defaultContentDir, defaultDataDir, projectRoot } from '../paths';
import { clipFile } from '../services/clips';
import { openKiosk } from '../services/kiosk';
import { machineContentKeys } from '../config/content-keys';
import { defaultStaticDir, startHost } from './server';
import { machineConfigLocation } from '../config/paths';
import { applyHostMachineConfig } from './host-config';
import { hostPrinting } from './host-printing';

const usage = 'Usage: npm run serve -- [--port N] [--data-dir DIR] [--content-dir DIR]';

/**
 * `npm run serve -- [--port N] [--data-dir D] [--content-dir C]`: the kiosk in any browser, on loopback, with
 * the machine configuration applied and checklists printed through CUPS. Any other flag is refused (exit 2).
 */
async function main(): Promise<void> {
  const parsed = parseFlags(process.argv.slice(2), { port: 'string', 'data-dir': 'string', 'content-dir': 'string' });
  if (!parsed.ok) return (console.error(`${parsed.problem}\n${usage}`), process.exit(2));
  if (parsed.help) return (console.log(usage), process.exit(0));
  const { args } = parsed;
  const portText = stringFlag(args, 'port') ?? process.env.PORT ?? '8417';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got "${portText}"`);
  const staticDir = defaultStaticDir(projectRoot);
  if (!existsSync(staticDir)) throw new Error(`No built renderer in ${staticDir}: run "npm run build:renderer" first.`);
  const kiosk = openKiosk({
    contentDir: resolve(stringFlag(args, 'content-dir') ?? defaultContentDir),
    dataDir: resolve(stringFlag(args, 'data-dir') ?? defaultDataDir()),
  });
  let config;
  try {
    config = applyHostMachineConfig(kiosk, machineConfigLocation());
  } catch (err) {
    kiosk.close();
    throw err;
  }
  if (config) console.log(`Machine configuration applied (kiosk ${config.kioskId})`);
  // Linux and macOS print through CUPS; the base URL is known once the host listens.
  for (const n of kiosk.notices) console.warn(`Warning: ${n.message}`);
  // The same trusted content keys as the Electron shell and the CLI (machine config's contentPublicKeys).
  const trust = machineContentKeys();
  if ('problems' in trust) {
    kiosk.close();
    throw new Error(`The machine config is not valid:\n${trust.problems.join('\n')}`);
  }
  let baseUrl = '';
  const printing = process.platform === 'win32' ? null : hostPrinting(kiosk, () => baseUrl);
  const host = await startHost({
    handlers: createHandlers(kiosk, { printer: printing?.printer ?? null, contentPublicKeys: trust.keys }),
    clipFile: (lang, key) => clipFile(kiosk.paths, lang, key),
    staticDir,
    port,
  });
  baseUrl = host.url;
  // The French sheets are drawn in the background, so the first visitor's print is already warm.
  void printing?.sheets.prepareFrench();
  console.log(`Repère browser host: ${host.url}`);
  console.log(`Open it full screen with: chromium --kiosk --app=${host.url}`);
  const stop = () => void Promise.all([host.close(), printing?.close()]).then(() => (kiosk.close(), process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
