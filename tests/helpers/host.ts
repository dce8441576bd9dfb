import { join } from 'node:path';
import { createHandlers, type Handlers } from '../../main/api/handlers';
import { startHost, defaultStaticDir, type RunningHost } from '../../main/host/server';
import { defaultContentDir, projectRoot } from '../../main/paths';
import { clipFile } from '../../main/services/clips';
import { openKiosk, type Kiosk } from '../../main/services/kiosk';
import type { Printer } from '../../main/services/printing';
import { writeSettings } from '../../main/services/settings';
import { tempDir } from './temp';
import { connectIpc, transport } from './transport';

export interface TestHost extends RunningHost {
  kiosk: Kiosk;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * The real browser host over the built renderer, with a database in a fresh temp directory; with the ipc
 * transport, the same handlers also answer over the real IPC handlers (tests/helpers/transport.ts).
 */
export async function startTestHost(
  options: {
    contentDir?: string;
    clock?: () => Date;
    /** A printer, or one made from the kiosk and the host's URL (known once it listens), e.g. hostPrinting. */
    printer?: Printer | ((kiosk: Kiosk, baseUrl: () => string) => Printer);
    /** Puts files in the data folder before the kiosk opens it (a damaged database, a damaged state.json). */
    prepareDataDir?: (dataDir: string) => void;
    /**
     * Keeps the settings a new kiosk has. Otherwise "explore, then act" is turned off: the journeys about other
     * features tap a control once to act; the rule itself is tested with the default (e2e/explore-first.test.ts).
     * And the kiosk speaks at the quickest rate staff can set (1.5, 0.9 by default): the journeys wait for real
     * speech, which then takes 40 % less time.
     */
    productDefaults?: boolean;
    /** Changes what the real handlers answer (e.g. a call that fails with a given code), on both transports. */
    handlers?: (real: Handlers) => Handlers;
  } = {},
): Promise<TestHost> {
  const temp = tempDir('repere-host-');
  options.prepareDataDir?.(join(temp.dir, 'data'));
  const kiosk = openKiosk(
    { contentDir: options.contentDir ?? defaultContentDir, dataDir: join(temp.dir, 'data') },
    options.clock,
  );
  if (!options.productDefaults) writeSettings(kiosk.db, { exploreFirst: false, speechRate: 1.5 });
  let baseUrl = '';
  const printer = typeof options.printer === 'function' ? options.printer(kiosk, () => baseUrl) : options.printer;
  const real = createHandlers(kiosk, { printer: printer ?? null });
  const handlers = options.handlers ? options.handlers(real) : real;
  const host = await startHost({
    handlers,
    clipFile: (lang, key) => clipFile(kiosk.paths, lang, key),
    staticDir: defaultStaticDir(projectRoot),
    port: 0,
  });
  if (transport === 'ipc') await connectIpc(new URL(host.url).origin, handlers);
  baseUrl = host.url;
  return {
    ...host,
    kiosk,
    dataDir: join(temp.dir, 'data'),
    async stop() {
      await host.close();
      kiosk.close();
      temp.cleanup();
    },
  };
}
