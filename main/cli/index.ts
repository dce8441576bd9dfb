// The CLI from a clone: `npm run cli -- <command>` (every command, maintainers' ones included).
import { defaultContentDir, defaultDataDir } from '../paths';
import { commands } from './commands/index';
import { setCliDefaults } from './defaults';
import { runContentJobsOnThisThread } from '../services/packs/content-worker-client';
import { exitWith, runCli } from './run';

setCliDefaults({ invocation: 'npm run cli --', contentDir: defaultContentDir, dataDir: defaultDataDir() });
// No visitor waits on the CLI: an import's long steps need no worker thread.
runContentJobsOnThisThread();
exitWith(runCli(commands, process.argv.slice(2)));
