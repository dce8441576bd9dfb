// The CLI the installer ships: `repere --cli <command>` (Electron run as Node on this bundle, dist/main/cli/cli.cjs
// inside app.asar). Only IT's commands: none of them reads the repository.
import { join } from 'node:path';
import { installedUserDataDir } from '../data-dir';
import { shippedCommands } from './commands/shipped';
import { setCliDefaults } from './defaults';
import { runContentJobsOnThisThread } from '../services/packs/content-worker-client';
import { exitWith, runCli } from './run';

// Electron names its resources folder (also when run as Node); else this file is <resources>/app.asar/dist/main/cli.
const resources =
  (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath ?? join(__dirname, '..', '..', '..', '..');
setCliDefaults({
  invocation: 'repere --cli',
  contentDir: join(resources, 'data'),
  dataDir: installedUserDataDir(),
});
// No visitor waits on the CLI: an import's long steps need no worker thread.
runContentJobsOnThisThread();
exitWith(runCli(shippedCommands, process.argv.slice(2)));
