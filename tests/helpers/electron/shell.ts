import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultContentDir } from '../../../main/paths';
import { tempDir } from '../temp';
import { importShellModule } from './load-shell';
import { ElectronStandIn, useStandIn, type FakeBrowserWindow } from './stand-in';

export interface StartedShell {
  standIn: ElectronStandIn;
  win: FakeBrowserWindow;
  appRoot: string;
  userData: string;
}

type TestContext = { after(fn: () => void): void };

/**
 * Runs the real main/electron/main.ts as a packaged kiosk would start (app ready → config → database → content
 * → protocol → IPC → window) against the stand-in, with the machine config `config` (an object written as
 * JSON, or raw text), the project's content and a fresh user-data folder. Resolves once the window exists.
 */
export async function startShell(t: TestContext, config: object | string = { kioskId: 'test-kiosk' }) {
  const { dir, cleanup } = tempDir('repere-shell-');
  const appRoot = join(dir, 'app');
  mkdirSync(join(appRoot, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><div id="root"></div>');
  const resources = join(dir, 'resources');
  mkdirSync(resources);
  symlinkSync(defaultContentDir, join(resources, 'data'));
  const configFile = join(dir, 'config.json');
  writeFileSync(configFile, typeof config === 'string' ? config : JSON.stringify(config));

  const userData = join(dir, 'user-data');
  const standIn = new ElectronStandIn(appRoot, userData);
  standIn.app.isPackaged = true;
  const process_ = process as NodeJS.Process & { resourcesPath?: string };
  const before = { resources: process_.resourcesPath, config: process.env.REPERE_CONFIG };
  process_.resourcesPath = resources;
  process.env.REPERE_CONFIG = configFile;
  t.after(() => {
    // will-quit closes the database before the temp folder goes.
    standIn.app.emit('will-quit');
    process_.resourcesPath = before.resources;
    if (before.config === undefined) delete process.env.REPERE_CONFIG;
    else process.env.REPERE_CONFIG = before.config;
    cleanup();
  });
  useStandIn(standIn);
  const opened = standIn.nextWindow();
  await importShellModule('main.ts');
  return { standIn, win: await opened, appRoot, userData } satisfies StartedShell;
}
